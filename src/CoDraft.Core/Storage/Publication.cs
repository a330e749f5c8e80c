using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// A published statement: the exact text published (version <see cref="Version"/>, SHA-256 <see cref="Sha256"/>),
/// who published it and when. <see cref="PublicFrom"/> is an embargo: the publication is public from that time on,
/// or at once when it is null.
/// </summary>
public sealed record Publication(
    Guid StatementId,
    long Version,
    string Sha256,
    string Text,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    DateTimeOffset? PublicFrom)
{
    /// <summary>True when the public may see it at <paramref name="now"/>.</summary>
    public bool IsPublicAt(DateTimeOffset now) => PublicFrom is not { } from || from <= now;

    /// <summary>Throws <see cref="ArgumentException"/> unless <see cref="Sha256"/> is the hash of <see cref="Text"/>.</summary>
    public void Validate()
    {
        if (TextHash.Sha256(Text) != Sha256)
        {
            throw new ArgumentException("A publication's hash must be the SHA-256 of its text.", nameof(Sha256));
        }
        ArgumentException.ThrowIfNullOrEmpty(PublishedBy);
    }
}
