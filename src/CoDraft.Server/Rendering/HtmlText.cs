using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CoDraft.Core.Text;

namespace CoDraft.Server.Rendering;

/// <summary>
/// The server's pages as HTML text: every value a component writes goes through <see cref="Encoder"/>
/// (<see cref="ComponentRenderer"/> gives it to Razor), which is CoDraft's one HTML encoder, <see cref="Html.Encoder"/>,
/// the same that escapes the redline fragment; <see cref="XmlSafe"/> then drops what XML may not hold.
/// </summary>
public static partial class HtmlText
{
    /// <summary>The encoder: <see cref="Html.Encoder"/>, defined once in CoDraft.Core.</summary>
    public static HtmlEncoder Encoder => Html.Encoder;

    /// <summary>
    /// <paramref name="html"/> with every character XML 1.0 forbids left out (see <see cref="XmlSafeText.Clean"/>):
    /// those written as they are (from sanitised Markdown) and those the encoder wrote as a character reference
    /// (a stored U+0001 becomes <c>&amp;#x1;</c>), so a page never refers to a character it may not hold.
    /// </summary>
    public static string XmlSafe(string html) =>
        ForbiddenReference().Replace(XmlSafeText.Clean(html), match => IsForbidden(match) ? string.Empty : match.Value);

    private static bool IsForbidden(Match reference)
    {
        var hex = reference.Groups["hex"];
        var parsed = hex.Success
            ? int.TryParse(hex.ValueSpan, System.Globalization.NumberStyles.HexNumber, null, out var code)
            : int.TryParse(reference.Groups["dec"].ValueSpan, out code);
        return !parsed || !XmlSafeText.IsAllowed(code);
    }

    [GeneratedRegex("&#(?:[xX](?<hex>[0-9A-Fa-f]{1,6})|(?<dec>[0-9]{1,7}));")]
    private static partial Regex ForbiddenReference();
}
