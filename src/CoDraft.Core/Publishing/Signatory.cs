namespace CoDraft.Core.Publishing;

/// <summary>
/// An organisation listed under a published statement. <see cref="Original"/> ones approved the text before
/// publication and are listed first; later sign-ons follow with the date they were approved.
/// </summary>
public sealed record Signatory(
    string OrganisationName,
    string Country,
    string OrganisationType,
    string? Website,
    bool Original,
    DateTimeOffset SignedAt);
