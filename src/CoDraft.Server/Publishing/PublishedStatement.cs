using CoDraft.Core.Accounts;
using CoDraft.Core.Publishing;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Publishing;

/// <summary>An organisation listed under a published statement, as the public page shows it.</summary>
public sealed record ListedSignatory(
    Guid? OrganisationId,
    string Name,
    string Country,
    OrganisationType Type,
    string? Website,
    bool Original,
    DateTimeOffset SignedAt,
    ReconfirmationStatus Reconfirmation,
    DateTimeOffset? ReconfirmedAt)
{
    /// <summary>As the CSV export lists it.</summary>
    public Signatory ToSignatory() => new(Name, Country, OrganisationTypeNames.Of(Type), Website, Original, SignedAt);
}

/// <summary>
/// Everything the public side shows of one published statement: the publication, its corrections (the newest
/// one's text is the current text) and its signatories, originals first.
/// </summary>
public sealed record PublishedStatement(
    string Title,
    string Slug,
    Publication Publication,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<ListedSignatory> Signatories,
    bool Closed = false)
{
    /// <summary>The text the public reads now: the newest correction's, or the published one.</summary>
    public string Text => Corrections.Count > 0 ? Corrections[^1].Text : Publication.Text;

    /// <summary>The SHA-256 of <see cref="Text"/>.</summary>
    public string Sha256 => Corrections.Count > 0 ? Corrections[^1].Sha256 : Publication.Sha256;

    /// <summary>When it became public: the embargo's end, or the publication time.</summary>
    public DateTimeOffset PublicSince => Publication.PublicFrom is { } from && from > Publication.PublishedAt ? from : Publication.PublishedAt;

    /// <summary>When the public text last changed.</summary>
    public DateTimeOffset UpdatedAt => Corrections.Count > 0 && Corrections[^1].PublishedAt > PublicSince ? Corrections[^1].PublishedAt : PublicSince;

    /// <summary>The signatories still listed as supporting the current text (those who withdrew are left out).</summary>
    public IEnumerable<ListedSignatory> Supporting => Signatories.Where(s => s.Reconfirmation != ReconfirmationStatus.Withdrawn);
}
