using CoDraft.Core.Accounts;

namespace CoDraft.Protocol.Rest;

/// <summary>
/// An invitation for <paramref name="Email"/> to join <paramref name="OrganisationId"/> (as its administrator when
/// <paramref name="OrganisationAdmin"/>), and, with <paramref name="StatementId"/> and <paramref name="Role"/>, to
/// take part in that statement.
/// </summary>
public sealed record CreateInvitationRequest(
    string? Email, Guid? OrganisationId, bool? OrganisationAdmin, Guid? StatementId, StatementRole? Role, int? ExpiresInDays);

/// <summary>An invitation just created: <paramref name="Link"/> (which holds <paramref name="Token"/>) is shown this once.</summary>
public sealed record InvitationCreated(Guid Id, string Email, string Token, string Link, DateTimeOffset ExpiresAt);

/// <summary>
/// Accepts an invitation. A new person gives their name and password; a person who has an account signs in
/// first and gives only the token.
/// </summary>
public sealed record AcceptInvitationRequest(string? Token, string? Name, string? Password);

/// <summary>What accepting gave: the person, their organisation, and the statement role if any.</summary>
public sealed record InvitationAccepted(MeView Person, Guid OrganisationId, Guid? StatementId, StatementRole? Role);

/// <summary>
/// A pending invitation (neither used nor revoked), as its organisation's administrators or the statement's leads
/// see it; <paramref name="Expired"/> ones can be sent again.
/// </summary>
public sealed record InvitationView(
    Guid Id,
    string Email,
    Guid OrganisationId,
    string OrganisationName,
    bool OrganisationAdmin,
    Guid? StatementId,
    string? StatementTitle,
    StatementRole? Role,
    string InvitedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Expired);

/// <summary>Names the link whose invitation is to be shown before accepting.</summary>
public sealed record PreviewInvitationRequest(string? Token);

/// <summary>What an invitation link offers, shown before accepting it: who invited whom, to what, until when.</summary>
public sealed record InvitationPreview(
    string Email,
    Guid OrganisationId,
    string OrganisationName,
    bool OrganisationAdmin,
    string InvitedByName,
    string? InvitedByOrganisationName,
    Guid? StatementId,
    string? StatementTitle,
    StatementRole? Role,
    DateTimeOffset ExpiresAt);
