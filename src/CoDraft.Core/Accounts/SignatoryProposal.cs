namespace CoDraft.Core.Accounts;

/// <summary>
/// A lead's proposal that <see cref="PersonId"/> approve for <see cref="OrganisationId"/>. Who decides for an
/// organisation is that organisation's business: the proposal gives no role until one of its administrators
/// confirms it.
/// </summary>
public sealed record SignatoryProposal(Guid PersonId, Guid OrganisationId, Guid ProposedBy, DateTimeOffset ProposedAt);
