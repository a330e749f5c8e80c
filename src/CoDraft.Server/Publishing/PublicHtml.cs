using System.Globalization;
using System.Text;
using CoDraft.Core.Accounts;
using CoDraft.Core.Markdown;
using CoDraft.Core.Publishing;
using CoDraft.Core.Text;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The public pages, rendered on the server: every value is HTML-escaped, the statement's text goes through the
/// sanitising Markdown renderer, and no page has a script, so they work without JavaScript under the server's
/// Content Security Policy and print cleanly. Characters XML 1.0 forbids, which an older store may hold, are left
/// out of every page (see <see cref="XmlSafeText.Clean"/>).
/// </summary>
public static class PublicHtml
{
    /// <summary>What the sign-on form shows: the values sent back, field errors, or a thank-you notice.</summary>
    public sealed record FormState(SignOnForm? Values, IReadOnlyDictionary<string, string> Errors, string? Problem, bool Thanks);

    /// <summary>An empty form.</summary>
    public static readonly FormState EmptyForm = new(null, new Dictionary<string, string>(), null, false);

    /// <summary>Escapes the five characters that mean something in HTML text and attribute values; the page is UTF-8, so nothing else needs it.</summary>
    public static string E(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value ?? string.Empty;
        }
        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>"28 November 2026".</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) =>
        $"<time datetime=\"{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{E(Date(at))}</time>";

    private static void Head(StringBuilder html, string title, string? canonical, bool embedStyles)
    {
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No favicon: without this a browser asks for /favicon.ico, which is not public.
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n");
        if (embedStyles)
        {
            html.Append("<style>\n").Append(PublicationStyles.Css).Append("\n</style>\n");
        }
        else
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(PublicationStyles.Path).Append("\">\n")
                .Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Published statements\" href=\"/p/feed.atom\">\n");
        }
        if (canonical is not null)
        {
            html.Append("<link rel=\"canonical\" href=\"").Append(E(canonical)).Append("\">\n");
        }
        html.Append("</head>\n<body>\n");
    }

    private static void Nav(StringBuilder html) =>
        html.Append("<nav class=\"site\" aria-label=\"Site\"><a href=\"/p\">Published statements</a><a href=\"/p/feed.atom\">Atom feed</a></nav>\n");

    /// <summary>The public page of a statement, with the sign-on form.</summary>
    public static string Page(PublishedStatement s, FormState form)
    {
        var html = new StringBuilder();
        Head(html, s.Title, $"/p/{s.Slug}", embedStyles: false);
        Nav(html);
        html.Append("<main>\n");
        Statement(html, s);
        Exports(html, s);
        SignOnSection(html, s, form);
        html.Append("</main>\n</body>\n</html>\n");
        return XmlSafeText.Clean(html.ToString());
    }

    /// <summary>The standalone HTML export: the statement, corrections and signatories, styles inside, no form or links out.</summary>
    public static string Standalone(PublishedStatement s, string pageUrl)
    {
        var html = new StringBuilder();
        Head(html, s.Title, pageUrl, embedStyles: true);
        html.Append("<main>\n");
        Statement(html, s);
        html.Append("<p class=\"note\">Published at <a href=\"").Append(E(pageUrl)).Append("\">").Append(E(pageUrl)).Append("</a></p>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return XmlSafeText.Clean(html.ToString());
    }

    private static void Statement(StringBuilder html, PublishedStatement s)
    {
        html.Append("<article class=\"statement\">\n<h1>").Append(E(s.Title)).Append("</h1>\n")
            .Append("<p class=\"meta\">Published ").Append(Time(s.PublicSince));
        if (s.Corrections.Count > 0)
        {
            html.Append(" · corrected ").Append(Time(s.Corrections[^1].PublishedAt))
                .Append(" (<a href=\"#corrections\">").Append(s.Corrections.Count == 1 ? "1 correction" : $"{s.Corrections.Count} corrections").Append("</a>)");
        }
        html.Append("</p>\n<div class=\"text\">\n").Append(MarkdownRenderer.ToHtml(s.Text)).Append("\n</div>\n")
            .Append("<p class=\"hash\">SHA-256 of this text: <code id=\"sha256\">").Append(E(s.Sha256)).Append("</code></p>\n</article>\n");

        if (s.Corrections.Count > 0)
        {
            html.Append("<section id=\"corrections\" class=\"corrections\">\n<h2>Corrections</h2>\n<ol>\n");
            foreach (var c in s.Corrections)
            {
                html.Append("<li><strong>Correction ").Append(c.Number).Append("</strong>, ").Append(Time(c.PublishedAt)).Append(": ")
                    .Append(E(c.Reason)).Append("<br><span class=\"hash\">SHA-256 <code>").Append(E(c.Sha256)).Append("</code></span></li>\n");
            }
            html.Append("</ol>\n<p class=\"note\">Originally published ").Append(Time(s.PublicSince)).Append(", SHA-256 <code>")
                .Append(E(s.Publication.Sha256)).Append("</code>. The organisations that approved the original text are asked to reconfirm each correction; their answers are shown below.</p>\n</section>\n");
        }

        var supporting = s.Supporting.Count();
        html.Append("<section id=\"signatories\">\n<h2>Signatories (").Append(supporting).Append(")</h2>\n");
        if (s.Signatories.Count == 0)
        {
            html.Append("<p class=\"note\">No signatories are listed yet.</p>\n");
        }
        else
        {
            var corrected = s.Corrections.Count > 0;
            html.Append("<table class=\"signatories\">\n<thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">Country</th><th scope=\"col\">Type</th><th scope=\"col\">Signed</th>");
            if (corrected)
            {
                html.Append("<th scope=\"col\">Correction ").Append(s.Corrections[^1].Number).Append("</th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var g in s.Signatories)
            {
                html.Append(g.Reconfirmation == ReconfirmationStatus.Withdrawn ? "<tr class=\"withdrawn\">" : "<tr>")
                    .Append("<td>").Append(E(g.Name)).Append("</td><td>").Append(E(g.Country)).Append("</td><td>")
                    .Append(E(OrganisationTypeNames.Of(g.Type))).Append("</td><td>")
                    .Append(g.Original ? "Original signatory" : "Signed on " + Time(g.SignedAt)).Append("</td>");
                if (corrected)
                {
                    html.Append("<td class=\"status\">").Append(g.Reconfirmation switch
                    {
                        ReconfirmationStatus.Reconfirmed => "<span class=\"badge\">Reconfirmed " + Time(g.ReconfirmedAt!.Value) + "</span>",
                        ReconfirmationStatus.Withdrawn => "<span class=\"badge\">Withdrew support " + Time(g.ReconfirmedAt!.Value) + "</span>",
                        ReconfirmationStatus.Pending => "<span class=\"badge\">Reconfirmation pending</span>",
                        _ => "<span class=\"badge\">Signed after the correction</span>",
                    }).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</section>\n");
    }

    private static void Exports(StringBuilder html, PublishedStatement s)
    {
        var b = "/p/" + s.Slug;
        html.Append("<section class=\"exports\" aria-label=\"Downloads\">\n<h2>Download</h2>\n<p>")
            .Append("<a href=\"").Append(b).Append("/export.md\">Markdown</a> · ")
            .Append("<a href=\"").Append(b).Append("/export.html\">HTML</a> · ")
            .Append("<a href=\"").Append(b).Append("/export.json\">JSON</a> · ")
            .Append("<a href=\"").Append(b).Append("/signatories.csv\">Signatories (CSV)</a>")
            .Append("</p>\n<p class=\"note\">To make a PDF, print this page and choose “Save as PDF”: the print layout leaves out the navigation and the form.</p>\n</section>\n");
    }

    private static void SignOnSection(StringBuilder html, PublishedStatement s, FormState form)
    {
        html.Append("<section id=\"sign-on\">\n<h2>Sign on to this statement</h2>\n");
        if (s.Closed)
        {
            html.Append("<p class=\"note\" id=\"sign-on-closed\">This statement was closed: it takes no new signatories.</p>\n</section>\n");
            return;
        }
        if (form.Thanks)
        {
            html.Append("<p class=\"notice\" role=\"status\" id=\"sign-on-thanks\">Thank you. Your request has been received; the coalition checks every request before the organisation is listed.</p>\n");
        }
        html.Append("<p class=\"note\">Organisations can ask to be listed as signatories. The coalition reviews each request; the contact person and email are never shown in public.</p>\n");
        if (form.Problem is not null)
        {
            html.Append("<div class=\"problem\" role=\"alert\" id=\"sign-on-problem\"><strong>").Append(E(form.Problem)).Append("</strong>");
            if (form.Errors.Count > 0)
            {
                html.Append("<ul>");
                foreach (var (field, message) in form.Errors)
                {
                    html.Append("<li><a href=\"#f-").Append(field).Append("\">").Append(E(message)).Append("</a></li>");
                }
                html.Append("</ul>");
            }
            html.Append("</div>\n");
        }
        var v = form.Values;
        html.Append("<form method=\"post\" action=\"/p/").Append(s.Slug).Append("/sign-on#sign-on\" novalidate>\n");
        Input(html, form, "organisation", "Organisation name", "text", v?.Organisation, null, "organization");
        Input(html, form, "country", "Country", "text", v?.Country, "Two-letter code, such as DE or FR.", "country");
        html.Append("<div class=\"field\"><label for=\"f-type\">Type of organisation</label>");
        FieldError(html, form, "type");
        html.Append("<select id=\"f-type\" name=\"type\"").Append(Invalid(form, "type")).Append("><option value=\"\">Choose…</option>");
        foreach (var (type, name) in OrganisationTypeNames.All)
        {
            var selected = string.Equals(v?.Type, type.ToString(), StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty;
            html.Append("<option value=\"").Append(type).Append('"').Append(selected).Append('>').Append(E(name)).Append("</option>");
        }
        html.Append("</select></div>\n");
        Input(html, form, "website", "Website (optional)", "url", v?.Website, null, "url");
        Input(html, form, "contactPerson", "Contact person", "text", v?.ContactPerson, "Not shown in public.", "name");
        Input(html, form, "email", "Email", "email", v?.Email, "Not shown in public; the coalition may write to confirm.", "email");
        html.Append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"f-homepage\">Leave this field empty</label>")
            .Append("<input type=\"text\" id=\"f-homepage\" name=\"homepage\" tabindex=\"-1\" autocomplete=\"off\" value=\"\"></div>\n");
        html.Append("<div class=\"field check\">");
        FieldError(html, form, "consent");
        html.Append("<input type=\"checkbox\" id=\"f-consent\" name=\"consent\" value=\"true\"").Append(v?.Consent == true ? " checked" : string.Empty)
            .Append(Invalid(form, "consent")).Append("> <label for=\"f-consent\">We agree that our organisation’s name, country and type are listed in public under this statement.</label></div>\n");
        html.Append("<button type=\"submit\">Ask to sign on</button>\n</form>\n</section>\n");
    }

    private static void Input(StringBuilder html, FormState form, string name, string label, string type, string? value, string? hint, string autocomplete)
    {
        html.Append("<div class=\"field\"><label for=\"f-").Append(name).Append("\">").Append(E(label)).Append("</label>");
        if (hint is not null)
        {
            html.Append("<p class=\"hint\" id=\"h-").Append(name).Append("\">").Append(E(hint)).Append("</p>");
        }
        FieldError(html, form, name);
        html.Append("<input type=\"").Append(type).Append("\" id=\"f-").Append(name).Append("\" name=\"").Append(name)
            .Append("\" autocomplete=\"").Append(autocomplete).Append("\" value=\"").Append(E(value)).Append('"').Append(Invalid(form, name));
        var describedBy = string.Join(' ', new[] { hint is null ? null : "h-" + name, form.Errors.ContainsKey(name) ? "e-" + name : null }.Where(x => x is not null));
        if (describedBy.Length > 0)
        {
            html.Append(" aria-describedby=\"").Append(describedBy).Append('"');
        }
        html.Append("></div>\n");
    }

    private static void FieldError(StringBuilder html, FormState form, string name)
    {
        if (form.Errors.TryGetValue(name, out var message))
        {
            html.Append("<p class=\"error\" id=\"e-").Append(name).Append("\">").Append(E(message)).Append("</p>");
        }
    }

    private static string Invalid(FormState form, string name) => form.Errors.ContainsKey(name) ? " aria-invalid=\"true\"" : string.Empty;

    /// <summary>The list of public statements.</summary>
    public static string List(IReadOnlyList<PublishedStatement> statements)
    {
        var html = new StringBuilder();
        Head(html, "Published statements", "/p", embedStyles: false);
        Nav(html);
        html.Append("<main>\n<h1>Published statements</h1>\n");
        if (statements.Count == 0)
        {
            html.Append("<p class=\"note\">Nothing has been published yet.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"statements\">\n");
            foreach (var s in statements)
            {
                html.Append("<li><a href=\"/p/").Append(s.Slug).Append("\">").Append(E(s.Title)).Append("</a><br><span class=\"meta\">Published ")
                    .Append(Time(s.PublicSince)).Append(" · ").Append(s.Supporting.Count()).Append(" signatories</span></li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return XmlSafeText.Clean(html.ToString());
    }

    /// <summary>The page for an address with no public statement: the same for unknown and embargoed ones.</summary>
    public static string NotFound()
    {
        var html = new StringBuilder();
        Head(html, "Not found", null, embedStyles: false);
        Nav(html);
        html.Append("<main>\n<h1>Not found</h1>\n<p>There is no published statement at this address.</p>\n</main>\n</body>\n</html>\n");
        return XmlSafeText.Clean(html.ToString());
    }

    /// <summary>The page for a client over the sign-on limit.</summary>
    public static string TooMany(TimeSpan retryAfter)
    {
        var html = new StringBuilder();
        Head(html, "Too many requests", null, embedStyles: false);
        Nav(html);
        html.Append("<main>\n<h1>Too many requests</h1>\n<p>Too many sign-on requests came from your address. Please try again in ")
            .Append(Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))).Append(" minutes.</p>\n</main>\n</body>\n</html>\n");
        return XmlSafeText.Clean(html.ToString());
    }
}
