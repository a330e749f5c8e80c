using System.Text;

namespace CoDraft.Core.Accounts;

/// <summary>
/// Someone who can sign in. <see cref="Email"/> is normalised (see <see cref="EmailAddress.Normalize"/>) and
/// unique. <see cref="PasswordHash"/> is opaque to the domain (the server hashes). <see cref="SecurityStamp"/>
/// changes whenever the password does, which ends every browser session opened before.
/// <see cref="FailedSignIns"/> counts failures since the last success; <see cref="LockedUntil"/> is set once
/// they reach the configured limit.
/// </summary>
public sealed record Person(
    Guid Id,
    string Email,
    string Name,
    string PasswordHash,
    string SecurityStamp,
    bool IsAdministrator,
    DateTimeOffset CreatedAt,
    int FailedSignIns = 0,
    DateTimeOffset? LockedUntil = null)
{
    /// <summary>True while sign-in is refused because of too many failures.</summary>
    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Leaves the password hash and the security stamp out, so that printing a person never shows them.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Email = {Email}, Name = {Name}, IsAdministrator = {IsAdministrator}, ");
        builder.Append($"CreatedAt = {CreatedAt:O}, FailedSignIns = {FailedSignIns}, LockedUntil = {LockedUntil:O}");
        return true;
    }
}
