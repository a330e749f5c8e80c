namespace CoDraft.Core.Storage;

/// <summary>Why a revision was stored.</summary>
public enum RevisionKind
{
    /// <summary>Stored automatically (every N ops or after an idle pause).</summary>
    Auto,
    /// <summary>Named by a person, e.g. "Draft 2 for partners".</summary>
    Named,
    /// <summary>The text put to the signatories in a sign-off round.</summary>
    Candidate,
}

/// <summary>
/// A revision: a version of the text kept for people to refer to. Its text is stored as a
/// <see cref="TextSnapshot"/> at the same version; <see cref="Sha256"/> is the lowercase hex SHA-256 of its UTF-8 bytes.
/// </summary>
public sealed record Revision(
    Guid Id,
    Guid StatementId,
    long Version,
    RevisionKind Kind,
    string? Label,
    string Author,
    DateTimeOffset CreatedAt,
    string Sha256);
