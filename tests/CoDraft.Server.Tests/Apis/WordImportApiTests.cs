using System.Net;
using System.Net.Http.Headers;
using CoDraft.Core.Word;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Apis;

public sealed class WordImportApiTests(StatementsServer server) : IClassFixture<StatementsServer>, IAsyncLifetime
{
    private TestPerson lead = null!;

    public async Task InitializeAsync() => lead = await server.Factory.Accounts.PersonInNewOrganisationAsync("Ivo Importer", "Lakes Network");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrator_imports_a_Word_document_as_a_new_statement_they_lead()
    {
        const string markdown = "# Letter to the council\n\nWe **urge** you to act.\n\n- clean rivers\n- open data\n";

        var response = await lead.Client.PostAsync("/api/statements/import", Upload(WordExport.Version(markdown, "Letter"), "letter.docx", title: "Letter to the council"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal("Letter to the council", created.GetProperty("title").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        Assert.Equal(0, created.GetProperty("warnings").GetArrayLength());
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/statements/{id}", response.Headers.Location?.OriginalString);
        var statement = await (await lead.Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync();
        Assert.Equal(markdown, statement.GetProperty("text").GetString());
        var listed = await (await lead.Client.GetAsync("/api/statements")).ReadJsonAsync();
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Without_a_title_the_file_name_is_the_title()
    {
        var response = await lead.Client.PostAsync("/api/statements/import", Upload(WordExport.Version("Some words.", "x"), "Open letter.docx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Open letter", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_Word_document_is_refused_and_creates_nothing()
    {
        var response = await lead.Client.PostAsync("/api/statements/import", Upload("not a document"u8.ToArray(), "notes.docx"));

        await response.AssertProblemAsync(400, "import.invalid_document");
        Assert.Equal(0, (await (await lead.Client.GetAsync("/api/statements")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_document_whose_text_is_over_the_limit_is_refused_and_creates_nothing()
    {
        var markdown = string.Join("\n\n", Enumerable.Repeat("A paragraph of the joint statement that goes on.", 60));

        var response = await lead.Client.PostAsync("/api/statements/import", Upload(WordExport.Version(markdown, "Long"), "long.docx"));

        await response.AssertProblemAsync(413, "text.too_large");
        Assert.Equal(0, (await (await lead.Client.GetAsync("/api/statements")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_member_who_is_not_an_administrator_may_not_import()
    {
        var member = await server.Factory.Accounts.PersonAsync("Mia Member", lead.OrganisationId!.Value);

        var response = await member.Client.PostAsync("/api/statements/import", Upload(WordExport.Version("Words.", "x"), "words.docx"));

        await response.AssertProblemAsync(403, "access.forbidden");
    }

    [Fact]
    public async Task An_upload_over_ten_megabytes_is_refused_and_creates_nothing()
    {
        var response = await lead.Client.PostAsync("/api/statements/import", Upload(new byte[11 * 1024 * 1024], "huge.docx"));

        await response.AssertProblemAsync(413, "request.too_large");
        Assert.Equal(0, (await (await lead.Client.GetAsync("/api/statements")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Without_a_file_the_request_is_refused()
    {
        var form = new MultipartFormDataContent { { new StringContent("Title only"), "title" } };

        var response = await lead.Client.PostAsync("/api/statements/import", form);

        await response.AssertProblemAsync(400, "request.invalid");
    }

    private static MultipartFormDataContent Upload(byte[] docx, string fileName, string? title = null)
    {
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue(WordExport.ContentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }
        return form;
    }
}
