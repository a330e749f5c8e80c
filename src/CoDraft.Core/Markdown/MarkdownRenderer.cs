using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoDraft.Core.Markdown;

/// <summary>
/// Renders a statement's Markdown to HTML that is safe to put in a page. Three layers, so that a gap in one
/// is caught by the next: raw HTML is disabled in the parser; links and images whose URL is not http, https or
/// mailto are unwrapped before rendering; the rendered HTML goes through an allow-list sanitiser.
/// The pipeline and sanitiser are built once and are safe to use from many threads.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The pipeline of the web page; the Word export reads Markdown the same way.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Renders <paramref name="markdown"/> to sanitised HTML.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        UnwrapUnsafeLinks(document);
        var html = Markdig.Markdown.ToHtml(document, Pipeline);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>True when <paramref name="url"/> is an absolute http, https or mailto URL.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void UnwrapUnsafeLinks(MarkdownDocument document)
    {
        var unsafeLinks = document.Descendants<LinkInline>().Where(link => !IsAllowedUrl(link.Url)).ToList();
        foreach (var link in unsafeLinks)
        {
            // An image keeps only its alt text; a link keeps its label, so the reader loses no words.
            var children = link.ToList();
            foreach (var child in children)
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !IsAllowedUrl(a.IsEmail ? "mailto:" + a.Url : a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
                "del", "ins", "sup", "sub", "mark", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr",
                "th", "td", "input",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "start", "type", "checked", "disabled", "align", "class",
            },
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        // Relative URLs have no scheme to check; a statement links only to absolute addresses.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!IsAllowedUrl(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a && a.HasAttribute("href"))
            {
                a.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
