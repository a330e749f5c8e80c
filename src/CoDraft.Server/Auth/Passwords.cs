using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using Microsoft.AspNetCore.Identity;

namespace CoDraft.Server.Auth;

/// <summary>
/// Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned
/// format), and the password policy. Passwords are never stored, logged or returned.
/// </summary>
public sealed class Passwords(IPasswordHasher<Person> hasher)
{
    /// <summary>Shortest password accepted: length is what makes a password hard to guess.</summary>
    public const int MinLength = 12;

    /// <summary>Longest password accepted, so that hashing one costs a bounded time.</summary>
    public const int MaxLength = 256;

    /// <summary>Hashed once, so that a sign-in with an unknown email takes as long as one with a wrong password.</summary>
    private readonly Lazy<string> decoy = new(() => hasher.HashPassword(null!, SecretToken.Create("decoy_")));

    /// <summary>The password if it meets the policy, or a <see cref="ErrorCodes.InvalidRequest"/> refusal naming <paramref name="field"/>.</summary>
    public static string Require(string? password, string field = "password")
    {
        if (password is null || password.Length < MinLength || password.Length > MaxLength)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"{field} must be {MinLength} to {MaxLength} characters long.");
        }
        return password;
    }

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public string Hash(string password) => hasher.HashPassword(null!, password);

    /// <summary>Checks a password against a person's stored hash.</summary>
    public PasswordVerificationResult Verify(Person person, string password) =>
        password.Length > MaxLength ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(person, person.PasswordHash, password);

    /// <summary>Spends the time of one verification, for a sign-in whose email matches nobody.</summary>
    public void VerifyDecoy(string password) =>
        hasher.VerifyHashedPassword(null!, decoy.Value, password.Length > MaxLength ? string.Empty : password);
}
