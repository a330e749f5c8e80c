namespace CoDraft.Core.Storage;

/// <summary>A statement as the store keeps it. <see cref="Version"/> is the head of its op log (0 = empty).</summary>
public sealed record StatementRecord(
    Guid Id,
    string Title,
    long Version,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
