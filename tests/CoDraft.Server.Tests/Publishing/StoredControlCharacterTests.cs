using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace CoDraft.Server.Tests.Publishing;

/// <summary>
/// Characters XML 1.0 forbids (U+000B, Word's line break; U+0001) put straight into the store, as an older server or
/// a hand-edited file may hold them: every public writer still answers, and the feed is still well-formed XML.
/// </summary>
public sealed class StoredControlCharacterTests(PublicationFixture f) : IClassFixture<PublicationFixture>
{
    private const string Bad = "\u000B\u0001";

    [Fact]
    public async Task Every_public_writer_answers_and_the_feed_stays_well_formed_when_the_store_holds_control_characters()
    {
        var (id, slug) = await f.PublishAsync("Stored control characters", "A text.\n\nSecond paragraph.");
        await f.SignedOnAsync(id, slug, "Later Supporter");
        (await f.Lead.Client.PostAsJsonAsync($"/api/statements/{id}/corrections", new { text = "A corrected text.", reason = "Typo." })).EnsureSuccessStatusCode();

        await ExecuteAsync(id,
            $"UPDATE statements SET title = 'Stored{Bad}title' WHERE id = $id",
            $"UPDATE publications SET text = 'A{Bad} text.' WHERE statement_id = $id",
            $"UPDATE corrections SET text = 'A corrected{Bad} text.', reason = 'Typo{Bad}.' WHERE statement_id = $id",
            $"UPDATE signon_requests SET organisation_name = 'Later{Bad}Supporter', contact_person = 'C{Bad}' WHERE statement_id = $id",
            $"UPDATE organisations SET name = 'Partner{Bad}A' WHERE id = '{f.PartnerA:D}'",
            $"UPDATE people SET name = 'Anna{Bad}Signatory' WHERE id = '{f.SignatoryA.Id:D}'",
            $"UPDATE signoff_decisions SET comment = 'OK{Bad}' WHERE round_id IN (SELECT id FROM signoff_rounds WHERE statement_id = $id)");

        var anonymous = f.Public();
        foreach (var path in new[] { $"/p/{slug}", "/p", "/p/feed.atom", $"/p/{slug}/export.md", $"/p/{slug}/export.html", $"/p/{slug}/export.json", $"/p/{slug}/signatories.csv", "/api/public/statements", $"/api/public/statements/{slug}" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
        foreach (var path in new[] { "certificate", "certificate.html", "exports/statement.md", "exports/statement.html", "exports/statement.json", "exports/signatories.csv", "publication", "corrections", "audit" })
        {
            var response = await f.Lead.Client.GetAsync($"/api/statements/{id}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        var feed = XDocument.Parse(await anonymous.GetStringAsync("/p/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value.StartsWith("Stored", StringComparison.Ordinal));
        Assert.Equal("Stored\ntitle", entry.Element(atom + "title")!.Value);
        var page = await anonymous.GetStringAsync($"/p/{slug}");
        Assert.DoesNotContain('\u0001', page);
        Assert.DoesNotContain('\u000B', page);
        Assert.Contains("Typo", page);
    }

    private async Task ExecuteAsync(Guid id, params string[] statements)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(f.Factory.DataDirectory, "codraft.db")};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            await command.ExecuteNonQueryAsync();
        }
    }
}
