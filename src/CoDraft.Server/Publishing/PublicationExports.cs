using System.Text;
using CoDraft.Core.Accounts;
using CoDraft.Core.Publishing;

namespace CoDraft.Server.Publishing;

/// <summary>The JSON export and public API shape of a published statement.</summary>
public sealed record PublicStatementView(
    string Title,
    string Slug,
    string Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string Sha256,
    string Text,
    string Html,
    IReadOnlyList<PublicVersionView> Versions,
    IReadOnlyList<PublicSignatoryView> Signatories);

/// <summary>One public text: the published original (number 0) or a correction, oldest first.</summary>
public sealed record PublicVersionView(long Number, string Kind, DateTimeOffset PublishedAt, string Sha256, string? Reason, string Text);

/// <summary>One listed organisation; <c>reconfirmation</c> is its answer to the newest correction (originals only).</summary>
public sealed record PublicSignatoryView(
    string Organisation,
    string Country,
    string Type,
    string? Website,
    bool Original,
    DateTimeOffset SignedAt,
    ReconfirmationStatus Reconfirmation,
    DateTimeOffset? ReconfirmedAt);

/// <summary>Markdown, JSON and CSV exports of a published statement (the standalone HTML is <see cref="PublicHtml.StandaloneAsync"/>).</summary>
public static class PublicationExports
{
    /// <summary>The JSON view; <paramref name="pageUrl"/> is the public page's absolute address.</summary>
    public static PublicStatementView Json(PublishedStatement s, string pageUrl)
    {
        var versions = new List<PublicVersionView> { new(0, "published", s.PublicSince, s.Publication.Sha256, null, s.Publication.Text) };
        versions.AddRange(s.Corrections.Select(c => new PublicVersionView(c.Number, "correction", c.PublishedAt, c.Sha256, c.Reason, c.Text)));
        return new PublicStatementView(s.Title, s.Slug, pageUrl, s.PublicSince, s.UpdatedAt, s.Sha256, s.Text,
            Core.Markdown.MarkdownRenderer.ToHtml(s.Text), versions,
            s.Signatories.Select(g => new PublicSignatoryView(g.Name, g.Country, OrganisationTypeNames.Of(g.Type), g.Website, g.Original,
                g.SignedAt, g.Reconfirmation, g.ReconfirmedAt)).ToList());
    }

    /// <summary>
    /// The Markdown export: the title, the text exactly as published (or corrected), then the publication facts,
    /// corrections and signatories. Names are escaped so that they cannot turn into Markdown links or markup.
    /// </summary>
    public static string Markdown(PublishedStatement s, string pageUrl)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(s.Title)).Append("\n\n");
        md.Append(s.Text.TrimEnd()).Append("\n\n---\n\n");
        md.Append("Published ").Append(PublicDates.Long(s.PublicSince)).Append(" at <").Append(pageUrl).Append(">  \n");
        md.Append("SHA-256 of the text: `").Append(s.Sha256).Append("`\n");
        if (s.Corrections.Count > 0)
        {
            md.Append("\n## Corrections\n\n");
            foreach (var c in s.Corrections)
            {
                md.Append(c.Number).Append(". ").Append(PublicDates.Long(c.PublishedAt)).Append(": ").Append(Escape(c.Reason))
                    .Append(" (SHA-256 `").Append(c.Sha256).Append("`)\n");
            }
        }
        md.Append("\n## Signatories\n\n");
        foreach (var g in s.Supporting)
        {
            md.Append("- ").Append(Escape(g.Name)).Append(" (").Append(Escape(g.Country)).Append(", ").Append(OrganisationTypeNames.Of(g.Type)).Append(')');
            md.Append(g.Original ? "" : ", signed on " + PublicDates.Long(g.SignedAt));
            md.Append(g.Reconfirmation switch
            {
                ReconfirmationStatus.Reconfirmed => ", reconfirmed after the correction",
                ReconfirmationStatus.Pending => ", reconfirmation pending",
                _ => "",
            }).Append('\n');
        }
        return md.ToString();
    }

    /// <summary>The signatories still supporting the text, as RFC 4180 CSV safe to open in a spreadsheet.</summary>
    public static string Csv(PublishedStatement s) => SignatoryCsv.Write(s.Supporting.Select(g => g.ToSignatory()));

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '(' or ')')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
