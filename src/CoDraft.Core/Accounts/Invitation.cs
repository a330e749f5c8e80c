namespace CoDraft.Core.Accounts;

/// <summary>
/// A single-use link, sent to <see cref="Email"/>, to join <see cref="OrganisationId"/> (as its administrator
/// when <see cref="OrganisationAdmin"/>), and, when <see cref="StatementId"/> is set, to take part in that
/// statement with <see cref="Role"/> for that organisation. Only the SHA-256 of the link's token is stored.
/// <see cref="UsedAt"/> and <see cref="UsedBy"/> are set when it is accepted; afterwards, or after
/// <see cref="ExpiresAt"/>, or once <see cref="RevokedAt"/> is set (revoked, or replaced by a link sent again), it is
/// refused.
/// </summary>
public sealed record Invitation(
    Guid Id,
    string TokenHash,
    string Email,
    Guid OrganisationId,
    bool OrganisationAdmin,
    Guid? StatementId,
    StatementRole? Role,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt = null,
    Guid? UsedBy = null,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>Neither used nor revoked (it may still have expired).</summary>
    public bool IsOpen => UsedAt is null && RevokedAt is null;
}
