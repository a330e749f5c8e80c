using System.Net;
using CoDraft.Server.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Server.Tests.Apis;

public sealed class WordApiTests(StatementsServer server) : IClassFixture<StatementsServer>, IAsyncLifetime
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private TestPerson lead = null!;

    public async Task InitializeAsync() => lead = await server.Factory.Accounts.PersonInNewOrganisationAsync("Lena Lead", "Rivers Alliance");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_version_downloads_as_a_Word_document_named_after_the_statement()
    {
        var (id, v1) = await lead.Client.CreateStatementAsync("Open letter: water", "# Dear Commissioners\n\nWe **urge** you.");
        await lead.Client.PutTextAsync(id, v1, "# Dear Commissioners\n\nWe ask you.");

        var response = await lead.Client.GetAsync($"/api/statements/{id}/versions/1/docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Open-letter-water-v1.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Dear Commissioners", paragraphs[0].InnerText);
        Assert.Equal("Heading1", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("We urge you.", paragraphs[1].InnerText);
    }

    [Fact]
    public async Task A_redline_downloads_with_tracked_changes_credited_to_the_editor_and_organisation()
    {
        var (id, v1) = await lead.Client.CreateStatementAsync("Letter", "We ask the council to act.");
        var v2 = await lead.Client.PutTextAsync(id, v1, "We urge the council to act now.");

        var response = await lead.Client.GetAsync($"/api/statements/{id}/redline/docx?from={v1}&to={v2}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Letter-redline-v1-v2.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var inserted = body.Descendants<InsertedRun>().ToList();
        Assert.Contains(inserted, r => r.InnerText.Contains("urge", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<DeletedRun>(), r => r.InnerText.Contains("ask", StringComparison.Ordinal));
        Assert.All(inserted, r => Assert.StartsWith("Lena Lead (Rivers Alliance", r.Author?.Value, StringComparison.Ordinal));
        Assert.All(inserted, r => Assert.True(r.Date?.Value > DateTime.UtcNow.AddHours(-1)));
    }

    [Fact]
    public async Task A_redline_without_its_versions_or_with_a_missing_one_is_refused()
    {
        var (id, _) = await lead.Client.CreateStatementAsync("Letter", "Text.");

        await (await lead.Client.GetAsync($"/api/statements/{id}/redline/docx?from=0")).AssertProblemAsync(400, "request.invalid");
        await (await lead.Client.GetAsync($"/api/statements/{id}/redline/docx?from=0&to=9")).AssertProblemAsync(404, "version.not_found");
        await (await lead.Client.GetAsync($"/api/statements/{id}/versions/7/docx")).AssertProblemAsync(404, "version.not_found");
    }

    [Fact]
    public async Task The_openapi_document_lists_both_downloads_as_Word_documents()
    {
        var paths = (await (await lead.Client.GetAsync("/openapi/v1.json")).ReadJsonAsync()).GetProperty("paths");

        foreach (var path in new[] { "/api/statements/{id}/versions/{version}/docx", "/api/statements/{id}/redline/docx" })
        {
            var content = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.True(content.TryGetProperty(DocxType, out _), $"{path} does not say it answers a .docx");
        }
    }
}
