namespace CoDraft.Protocol.Rest;

/// <summary>A new statement: its title and its first text (Markdown, may be empty).</summary>
public sealed record CreateStatementRequest(string? Title, string? Text);

/// <summary>A full-text update, made on <paramref name="BaseVersion"/>.</summary>
public sealed record UpdateTextRequest(long? BaseVersion, string? Text);

/// <summary>Names the current version, e.g. "Draft 2 for partners".</summary>
public sealed record NameRevisionRequest(string? Label);

/// <summary>A statement as listed.</summary>
public sealed record StatementSummary(Guid Id, string Title, long Version, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A statement with its current text.</summary>
public sealed record StatementDetails(
    Guid Id, string Title, long Version, string Text, string Sha256, string Html,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The version a change became, and the hash of the text at that version.</summary>
public sealed record VersionCreated(Guid StatementId, long Version, string Sha256);

/// <summary>A statement's text at one version, with its hash and rendered HTML.</summary>
public sealed record VersionView(long Version, string Text, string Sha256, string Html);

/// <summary>A statement created from a Word document: as listed, plus plain sentences naming what the import left out.</summary>
public sealed record ImportedStatement(
    Guid Id, string Title, long Version, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<string> Warnings);
