using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDraft.Core.Accounts;
using CoDraft.Core.Word;
using CoDraft.Server.Tests.Infrastructure;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Server.Tests.Apis;

/// <summary>
/// A partner's lawyer downloads a version as .docx, edits it in Word with track changes on, and uploads it: each
/// tracked change becomes a suggestion credited to the partner organisation, placed on the text as it is now.
/// </summary>
public sealed class WordUploadApiTests(StatementsServer server) : IClassFixture<StatementsServer>, IAsyncLifetime
{
    private const string Text = """
        # Open letter on child protection

        We call on the Council to act now.

        Every child deserves safety at home and online.

        """;

    private const string Edited = """
        # Open letter on child protection

        We urge the Council and the Parliament to act now.

        Every child deserves safety at home, at school and online.

        """;

    private static readonly TrackedChangeStamp Lawyer = new("Mara Costa", new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

    private TestPerson lead = null!;
    private TestPerson partner = null!;
    private Guid partnerOrganisation;
    private Guid id;

    public async Task InitializeAsync()
    {
        var accounts = server.Factory.Accounts;
        lead = await accounts.PersonInNewOrganisationAsync("Lena Lead", "Child Rights Europe");
        partnerOrganisation = await accounts.OrganisationAsync("Kinderschutz Nord");
        partner = await accounts.PersonAsync("Pia Partner", partnerOrganisation);
        var created = await lead.Client.PostAsJsonAsync("/api/statements", new { title = "Open letter", text = Text });
        id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await TestAccounts.AddPartnerAsync(lead, id, partnerOrganisation);
        await TestAccounts.GiveRoleAsync(lead, id, partner, StatementRole.Commenter);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_downloaded_version_says_which_statement_and_version_it_is()
    {
        var docx = await (await partner.Client.GetAsync($"/api/statements/{id}/versions/1/docx")).Content.ReadAsByteArrayAsync();

        Assert.Equal(new WordSource(id, 1), WordUpload.SourceOf(docx));
    }

    [Fact]
    public async Task Tracked_changes_become_the_partners_suggestions_on_the_current_text_and_accepted_give_the_edited_letter()
    {
        // The lead adds a closing line while the lawyer works on version 1.
        await PutTextAsync(Text + "Signed in Brussels.\n", baseVersion: 1);

        var preview = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads/preview", Form(Tracked()))).ReadJsonAsync();
        Assert.Equal(1, preview.GetProperty("version").GetInt64());
        Assert.True(preview.GetProperty("tracked").GetArrayLength() >= 2);
        Assert.Equal(0, preview.GetProperty("untracked").GetArrayLength());
        Assert.Equal(0, (await SuggestionsAsync()).GetArrayLength());

        var response = await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(Tracked()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.ReadJsonAsync();
        Assert.Equal(preview.GetProperty("tracked").GetArrayLength(), outcome.GetProperty("suggestions").GetArrayLength());
        Assert.Equal(0, outcome.GetProperty("notPlaced").GetArrayLength());
        var suggestions = (await SuggestionsAsync()).EnumerateArray().ToList();
        Assert.All(suggestions, s =>
        {
            Assert.Equal(partner.Id, s.GetProperty("authorId").GetGuid());
            Assert.Equal(partnerOrganisation, s.GetProperty("organisationId").GetGuid());
        });
        var accepted = await lead.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions/accept-all", new { organisationId = partnerOrganisation });
        accepted.EnsureSuccessStatusCode();
        Assert.Equal(Edited + "Signed in Brussels.\n", await TextAsync());
    }

    [Fact]
    public async Task Edits_made_without_tracking_are_shown_first_and_become_suggestions_only_when_confirmed()
    {
        var untracked = WordExport.Version(Edited, "Open letter", new WordSource(id, 1));

        var preview = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads/preview", Form(untracked))).ReadJsonAsync();
        Assert.Equal(0, preview.GetProperty("tracked").GetArrayLength());
        var shown = preview.GetProperty("untracked").GetArrayLength();
        Assert.True(shown >= 2);

        var unconfirmed = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(untracked))).ReadJsonAsync();
        Assert.Equal(0, unconfirmed.GetProperty("suggestions").GetArrayLength());
        Assert.Equal(shown, unconfirmed.GetProperty("untrackedLeftOut").GetInt32());
        Assert.Equal(0, (await SuggestionsAsync()).GetArrayLength());

        var confirmed = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(untracked, ("includeUntracked", "true")))).ReadJsonAsync();
        Assert.Equal(shown, confirmed.GetProperty("suggestions").GetArrayLength());
        Assert.All(confirmed.GetProperty("suggestions").EnumerateArray(), s => Assert.True(s.GetProperty("untracked").GetBoolean()));
        (await lead.Client.PostAsJsonAsync($"/api/statements/{id}/suggestions/accept-all", new { organisationId = partnerOrganisation })).EnsureSuccessStatusCode();
        Assert.Equal(Edited, await TextAsync());
    }

    [Fact]
    public async Task A_change_to_a_passage_deleted_since_is_listed_not_lost_and_one_edited_since_is_flagged()
    {
        // Since version 1 the lead deleted the second paragraph and reworded the first around "call on".
        await PutTextAsync(Text.Replace("\n\nEvery child deserves safety at home and online.", "", StringComparison.Ordinal)
            .Replace("We call on the Council", "We call upon the Council", StringComparison.Ordinal), baseVersion: 1);

        var outcome = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(Tracked()))).ReadJsonAsync();

        var notPlaced = outcome.GetProperty("notPlaced").EnumerateArray().ToList();
        Assert.Contains(notPlaced, c => c.GetProperty("replacement").GetString()!.Contains("at school", StringComparison.Ordinal));
        var made = outcome.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.NotEmpty(made);
        Assert.Contains(made, s => s.GetProperty("passageChanged").GetBoolean());
    }

    [Fact]
    public async Task A_file_from_another_statement_or_one_that_does_not_say_its_version_is_refused_and_changes_nothing()
    {
        var other = WordExport.Redline(Text, Edited, "Open letter", Lawyer, new WordSource(Guid.NewGuid(), 1));
        await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(other))).AssertProblemAsync(400, "upload.other_statement");

        var unstamped = WordExport.Redline(Text, Edited, "Open letter", Lawyer);
        await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(unstamped))).AssertProblemAsync(400, "upload.version_unknown");
        await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form("not a document"u8.ToArray()))).AssertProblemAsync(400, "import.invalid_document");
        await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(Tracked(version: 9)))).AssertProblemAsync(404, "version.not_found");
        Assert.Equal(0, (await SuggestionsAsync()).GetArrayLength());

        // Told the version, a file that does not say it is read against that version.
        var told = await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(unstamped, ("version", "1")));
        Assert.Equal(HttpStatusCode.OK, told.StatusCode);
        Assert.NotEqual(0, (await SuggestionsAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_comment_in_the_file_becomes_a_comment_thread_on_its_passage()
    {
        var docx = Commented(Tracked(), "Every child deserves safety", "Mara Costa", "Do we have a source for this?");

        var preview = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads/preview", Form(docx))).ReadJsonAsync();
        Assert.Equal("Do we have a source for this?", preview.GetProperty("comments")[0].GetProperty("text").GetString());
        var outcome = await (await partner.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(docx))).ReadJsonAsync();

        var thread = Assert.Single(outcome.GetProperty("threads").EnumerateArray());
        Assert.StartsWith("Every child deserves safety", thread.GetProperty("anchor").GetProperty("quote").GetString());
        var threads = await (await lead.Client.GetAsync($"/api/statements/{id}/threads")).ReadJsonAsync();
        var listed = Assert.Single(threads.EnumerateArray());
        Assert.Contains("Mara Costa: Do we have a source for this?", listed.ToString());
        Assert.Equal(partnerOrganisation, listed.GetProperty("organisationId").GetGuid());
    }

    [Fact]
    public async Task A_viewer_may_not_upload_suggestions()
    {
        var viewer = await server.Factory.Accounts.PersonAsync("Vic Viewer", partnerOrganisation);
        await TestAccounts.GiveRoleAsync(lead, id, viewer, StatementRole.Viewer);

        var response = await viewer.Client.PostAsync($"/api/statements/{id}/word-uploads", Form(Tracked()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, (await SuggestionsAsync()).GetArrayLength());
    }

    private byte[] Tracked(long version = 1) => WordExport.Redline(Text, Edited, "Open letter", Lawyer, new WordSource(id, version));

    /// <summary>A copy of <paramref name="docx"/> with a comment on the paragraph that starts with <paramref name="paragraph"/>.</summary>
    private static byte[] Commented(byte[] docx, string paragraph, string author, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.WordprocessingCommentsPart>().Comments =
                new W.Comments(new W.Comment(new W.Paragraph(new W.Run(new W.Text(text)))) { Id = "3", Author = author, Initials = "MC" });
            var target = main.Document!.Body!.Descendants<W.Paragraph>().First(p => p.InnerText.StartsWith(paragraph, StringComparison.Ordinal));
            target.InsertAfter(new W.CommentRangeStart { Id = "3" }, target.ParagraphProperties);
            target.Append(new W.CommentRangeEnd { Id = "3" }, new W.Run(new W.CommentReference { Id = "3" }));
        }
        return stream.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] docx, params (string Name, string Value)[] fields)
    {
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue(WordExport.ContentType);
        var form = new MultipartFormDataContent { { file, "file", "Open letter (Mara's edits).docx" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }

    private async Task PutTextAsync(string text, long baseVersion) =>
        (await lead.Client.PutAsJsonAsync($"/api/statements/{id}/text", new { baseVersion, text })).EnsureSuccessStatusCode();

    private async Task<JsonElement> SuggestionsAsync() => await (await lead.Client.GetAsync($"/api/statements/{id}/suggestions")).ReadJsonAsync();

    private async Task<string> TextAsync() => (await (await lead.Client.GetAsync($"/api/statements/{id}")).ReadJsonAsync()).GetProperty("text").GetString()!;
}
