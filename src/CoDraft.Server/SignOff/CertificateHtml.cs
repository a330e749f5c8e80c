using System.Globalization;
using System.Net;
using System.Text;

namespace CoDraft.Server.SignOff;

/// <summary>
/// The printable certificate of completion: one self-contained HTML page (no script, one inline style sheet).
/// Every value from people or the store is HTML-encoded, so a title or comment cannot add markup.
/// </summary>
public static class CertificateHtml
{
    private const string Style = """
        body { font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; color: #111; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        code { font-size: .8rem; word-break: break-all; } .stale { color: #777; text-decoration: line-through; }
        @media print { body { margin: 0; } }
        """;

    /// <summary>The page for <paramref name="certificate"/>.</summary>
    public static string Render(Certificate certificate)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Certificate of completion: ")
            .Append(E(certificate.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>Certificate of completion</h1>\n<p><strong>").Append(E(certificate.Title)).Append("</strong></p>\n");
        html.Append("<p>Published version ").Append(certificate.Version).Append(" on ").Append(Time(certificate.PublishedAt))
            .Append(" by ").Append(E(certificate.PublishedBy));
        if (certificate.PublicFrom is { } from)
        {
            html.Append(", public from ").Append(Time(from));
        }
        html.Append(".</p>\n<p>SHA-256 of the published text: <code>").Append(E(certificate.Sha256)).Append("</code></p>\n");

        html.Append("<h2>Approvals of exactly this text</h2>\n<table><tr><th>Organisation</th><th>Approved by</th><th>At</th><th>Text hash</th></tr>\n");
        foreach (var a in certificate.Approvals)
        {
            html.Append("<tr><td>").Append(E(a.OrganisationName)).Append("</td><td>").Append(E(a.PersonName)).Append("</td><td>")
                .Append(Time(a.At)).Append("</td><td><code>").Append(E(a.Sha256)).Append("</code></td></tr>\n");
        }
        html.Append("</table>\n");

        foreach (var round in certificate.Rounds)
        {
            html.Append("<h2>Round ").Append(round.Number).Append(" (").Append(E(round.Status.ToString().ToLowerInvariant()))
                .Append("), opened ").Append(Time(round.OpenedAt)).Append(" by ").Append(E(round.OpenedBy)).Append("</h2>\n<p>Candidates: ");
            html.AppendJoin("; ", round.Candidates.Select(c => $"version {c.Version} (<code>{E(c.Sha256)}</code>) issued {Time(c.IssuedAt)}"));
            html.Append("</p>\n<table><tr><th>Organisation</th><th>Person</th><th>Decision</th><th>On version</th><th>At</th><th>Comment</th></tr>\n");
            foreach (var d in round.Decisions)
            {
                html.Append(d.Stale ? "<tr class=\"stale\">" : "<tr>").Append("<td>").Append(E(d.OrganisationName)).Append("</td><td>").Append(E(d.PersonName))
                    .Append("</td><td>").Append(E(d.Kind.ToString())).Append(d.Stale ? " (stale)" : "").Append("</td><td>").Append(d.CandidateVersion)
                    .Append("</td><td>").Append(Time(d.At)).Append("</td><td>").Append(E(d.Comment ?? "")).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }

        html.Append("<h2>Audit trail</h2>\n<p>").Append(certificate.AuditIntact
            ? $"The audit chain of {certificate.AuditEntries} entries verifies; its last hash is <code>{E(certificate.AuditHeadHash ?? "")}</code>."
            : $"The audit chain does NOT verify after {certificate.AuditEntries} entries.").Append("</p>\n");
        html.Append("</body></html>\n");
        return CoDraft.Core.Text.XmlSafeText.Clean(html.ToString());
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
