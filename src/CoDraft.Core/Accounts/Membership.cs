namespace CoDraft.Core.Accounts;

/// <summary>
/// A person belongs to one organisation, and acts for it on every statement. An organisation administrator
/// invites and removes the organisation's members.
/// </summary>
public sealed record Membership(Guid OrganisationId, Guid PersonId, bool IsOrganisationAdmin, DateTimeOffset JoinedAt);
