using System.Security.Cryptography;
using System.Text;
using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>
/// The one-time token that lets the first administrator be created through the API
/// (<c>POST /api/auth/setup</c>), issued at start only while no administrator exists. It lives in this process's
/// memory only: a restart before it is used issues a new one.
/// </summary>
public sealed class SetupToken
{
    /// <summary>Setup tokens start with this.</summary>
    public const string Prefix = "cds_";

    private readonly Lock gate = new();
    private string? current;

    /// <summary>The token to print, or null when setup is over.</summary>
    public string? Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>Issues a new token and returns it.</summary>
    public string Issue()
    {
        lock (gate)
        {
            current = SecretToken.Create(Prefix);
            return current;
        }
    }

    /// <summary>Uses the token up if <paramref name="given"/> is it (compared in constant time); false otherwise.</summary>
    public bool TryConsume(string? given)
    {
        lock (gate)
        {
            if (current is null || given is null ||
                !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(given)))
            {
                return false;
            }
            current = null;
            return true;
        }
    }

    /// <summary>Ends setup without a token being used (an administrator was created another way).</summary>
    public void Revoke()
    {
        lock (gate)
        {
            current = null;
        }
    }
}
