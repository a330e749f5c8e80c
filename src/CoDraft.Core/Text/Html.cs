using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CoDraft.Core.Text;

/// <summary>
/// The one HTML encoder of CoDraft: the redline fragment (<see cref="Redlines.Redline.Html"/>) and every value the
/// server's Razor pages, certificate and emails write go through <see cref="Encoder"/>, so text is escaped the same
/// way wherever it becomes HTML. It is <see cref="HtmlEncoder.Default"/> with every Unicode range allowed: output is
/// UTF-8, so "Société", «quotes», CJK and Arabic stay as they are (the default would write them as character
/// references), while &lt;, &gt;, &amp;, quotes, '+', control characters, line breaks and characters beyond U+FFFF
/// (emoji) are written as references, which browsers show the same.
/// </summary>
public static class Html
{
    /// <summary>The encoder.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
}
