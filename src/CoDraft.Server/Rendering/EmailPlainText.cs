using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace CoDraft.Server.Rendering;

/// <summary>
/// The plain-text part of an email, read from its HTML: paragraphs and headings as paragraphs, list items on lines of
/// their own with a dash, and each link's address written after its text (a reader of plain text cannot click it).
/// </summary>
public static partial class EmailPlainText
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "header", "footer", "section",
    };

    /// <summary>The text of <paramref name="body"/>, lines trimmed, at most one blank line in a row.</summary>
    public static string Of(IElement body)
    {
        var text = new StringBuilder();
        Append(body, text);
        var lines = text.ToString().Split('\n').Select(line => line.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(Whitespace().Replace(t.Data, " "));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" or "tr" } line:
                    text.Append('\n').Append(line.LocalName == "li" ? "- " : "");
                    Append(line, text);
                    text.Append('\n');
                    break;
                case IElement e:
                    var paragraph = Paragraphs.Contains(e.LocalName);
                    text.Append(paragraph ? "\n\n" : "");
                    Append(e, text);
                    if (e.LocalName == "a" && e.GetAttribute("href") is { Length: > 0 } href && href != e.TextContent.Trim())
                    {
                        text.Append(" (").Append(href).Append(')');
                    }
                    text.Append(paragraph ? "\n\n" : "");
                    break;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
