using CoDraft.Core.Accounts;

namespace CoDraft.Server.Partnerships;

/// <summary>What an invitation is asked to offer, as the person inviting gave it (each field checked by <see cref="InvitationService"/>).</summary>
/// <param name="Email">Whom the link is for.</param>
/// <param name="OrganisationId">The organisation the invitee joins.</param>
/// <param name="OrganisationAdmin">Whether they join as one of its administrators.</param>
/// <param name="StatementId">A statement they take part in once they accept, if any.</param>
/// <param name="Role">Their role in that statement.</param>
/// <param name="ExpiresInDays">How long the link works; the configured default when null.</param>
public sealed record NewInvitation(
    string? Email, Guid? OrganisationId, bool? OrganisationAdmin, Guid? StatementId, StatementRole? Role, int? ExpiresInDays);
