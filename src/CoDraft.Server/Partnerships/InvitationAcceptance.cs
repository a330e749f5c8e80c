using CoDraft.Core.Accounts;

namespace CoDraft.Server.Partnerships;

/// <summary>An accepted invitation and the person who accepted it (new or already signed in).</summary>
public sealed record InvitationAcceptance(Invitation Invitation, Person Person);
