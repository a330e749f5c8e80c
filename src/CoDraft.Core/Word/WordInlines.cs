using CoDraft.Core.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace CoDraft.Core.Word;

/// <summary>
/// Turns Markdown inlines into Word runs: emphasis to bold and italic, links to hyperlinks (http, https and mailto
/// only, as on the web page; any other link keeps its words without the address), code to a monospaced run, and
/// line breaks to breaks (the web page shows a single newline as a line break too).
/// </summary>
internal sealed class WordInlines(MainDocumentPart main)
{
    public void Append(ContainerInline? inlines, OpenXmlElement parent, RunFormat format)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            AppendOne(inline, parent, format);
        }
    }

    private void AppendOne(Inline inline, OpenXmlElement parent, RunFormat format)
    {
        switch (inline)
        {
            case LiteralInline literal:
                parent.Append(format.Run(literal.Content.ToString()));
                break;
            case CodeInline code:
                parent.Append((format with { Code = true }).Run(code.Content));
                break;
            case LineBreakInline:
                parent.Append(new Run(new Break()));
                break;
            case HtmlEntityInline entity:
                parent.Append(format.Run(entity.Transcoded.ToString()));
                break;
            case TaskList task:
                parent.Append(format.Run(task.Checked ? "☒ " : "☐ "));
                break;
            case AutolinkInline autolink:
                AppendLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, parent, format,
                    (target, linkFormat) => target.Append(linkFormat.Run(autolink.Url)));
                break;
            case LinkInline { IsImage: true } image:
                // An image is not carried; its alt text keeps the words a reader would miss.
                Append(image, parent, format);
                break;
            case LinkInline link:
                AppendLink(link.Url, parent, format, (target, linkFormat) => Append(link, target, linkFormat));
                break;
            case EmphasisInline emphasis:
                Append(emphasis, parent, Emphasised(emphasis, format));
                break;
            case ContainerInline container:
                Append(container, parent, format);
                break;
        }
    }

    private void AppendLink(string? url, OpenXmlElement parent, RunFormat format, Action<OpenXmlElement, RunFormat> appendLabel)
    {
        if (!MarkdownRenderer.IsAllowedUrl(url))
        {
            appendLabel(parent, format);
            return;
        }
        var relationship = main.AddHyperlinkRelationship(new Uri(url!.Trim(), UriKind.Absolute), isExternal: true);
        var hyperlink = new Hyperlink { Id = relationship.Id, History = OnOffValue.FromBoolean(true) };
        appendLabel(hyperlink, format with { Link = true });
        parent.Append(hyperlink);
    }

    private static RunFormat Emphasised(EmphasisInline emphasis, RunFormat format) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', >= 2) => format with { Bold = true },
        ('*' or '_', _) => format with { Italic = true },
        ('~', >= 2) => format with { Strike = true },
        ('~', _) => format with { Position = VerticalPositionValues.Subscript },
        ('^', _) => format with { Position = VerticalPositionValues.Superscript },
        _ => format,
    };
}
