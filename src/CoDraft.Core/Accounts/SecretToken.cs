using System.Security.Cryptography;
using System.Text;

namespace CoDraft.Core.Accounts;

/// <summary>
/// Random bearer secrets (access tokens, invitation links, the setup token) and the hash they are stored as.
/// 32 random bytes leave nothing to guess, so a plain SHA-256 is enough to store them: there is no dictionary
/// to attack, unlike passwords, which are hashed slowly by the server.
/// </summary>
public static class SecretToken
{
    /// <summary>Random bytes in every token: 256 bits.</summary>
    public const int RandomBytes = 32;

    /// <summary>
    /// A new token: <paramref name="prefix"/> then the random bytes in base64url. The prefix says what the token
    /// is for, so that one found in a file or a log can be recognised (as secret scanners do).
    /// </summary>
    public static string Create(string prefix)
    {
        var bytes = RandomNumberGenerator.GetBytes(RandomBytes);
        return prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The lowercase hex SHA-256 of the token's UTF-8 bytes: what is stored and looked up.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
