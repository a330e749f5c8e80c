using System.Security.Cryptography;
using System.Text;

namespace CoDraft.Server.Rendering;

/// <summary>
/// A style sheet kept as a .css file in the server project and embedded in the assembly (so it ships with the program
/// and no client build can remove it): its text, a version that changes with its content (for cache-busting links),
/// and the Content-Security-Policy source that allows it inline.
/// </summary>
public sealed class StyleSheet
{
    private StyleSheet(string css)
    {
        Css = css;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(css));
        Version = Convert.ToHexStringLower(hash)[..VersionLength];
        InlinePolicySource = $"'sha256-{Convert.ToBase64String(hash)}'";
    }

    /// <summary>64 bits of the SHA-256: enough that two versions of a sheet never share one.</summary>
    private const int VersionLength = 16;

    /// <summary>The style sheet.</summary>
    public string Css { get; }

    /// <summary>The start of the SHA-256 of <see cref="Css"/>, in hex: the <c>v</c> of a versioned link.</summary>
    public string Version { get; }

    /// <summary>The CSP source (<c>'sha256-…'</c>) that allows exactly this sheet in a <c>&lt;style&gt;</c> element.</summary>
    public string InlinePolicySource { get; }

    /// <summary>Reads the embedded resource <paramref name="resourceName"/> of this assembly.</summary>
    public static StyleSheet FromResource(string resourceName)
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The style sheet {resourceName} is not embedded in the server.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new StyleSheet(reader.ReadToEnd());
    }
}
