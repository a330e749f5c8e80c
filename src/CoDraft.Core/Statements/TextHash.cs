using System.Security.Cryptography;
using System.Text;

namespace CoDraft.Core.Statements;

/// <summary>The hash that binds approvals and revisions to an exact text.</summary>
public static class TextHash
{
    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
