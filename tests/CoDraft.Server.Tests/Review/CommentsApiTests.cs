using CoDraft.Server.Tests.Auth;
using CoDraft.Server.Tests.Infrastructure;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Review;

/// <summary>Comment threads through the REST API: anchored ranges that follow the text, replies, resolve and reopen.</summary>
public sealed class CommentsApiTests(CoalitionFixture fixture) : IClassFixture<CoalitionFixture>
{
    private Coalition Coalition => fixture.Coalition;

    [Fact]
    public async Task A_comment_quotes_the_servers_text_of_its_range_and_is_listed_as_ok()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the 😀 EU to act.");

        var thread = await statement.CommentAsync(15, 19, "Why an emoji?");

        Assert.Equal((15, 19, "😀 EU", "ok"), thread.Anchor());
        var listed = Assert.Single((await statement.GetAsync("/threads", Viewer)).EnumerateArray());
        Assert.Equal((thread.Id(), "Why an emoji?", "Open"), (listed.Id(), listed.GetProperty("body").GetString(), listed.GetProperty("status").GetString()));
        Assert.Equal(Coalition.Person(Commenter)!.Id, listed.GetProperty("authorId").GetGuid());
        Assert.Equal(Coalition.PartnerOrganisation, listed.GetProperty("organisationId").GetGuid());
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 2)]
    [InlineData(-1, 3)]
    [InlineData(0, 99)]
    public async Task A_range_that_is_empty_reversed_or_outside_the_text_is_refused_and_creates_nothing(int start, int end)
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");

        var response = await statement.PostAsync(Commenter, "/threads", new { start, end, body = "Here." });

        await response.AssertProblemAsync(400, "review.range_invalid");
        Assert.Empty((await statement.GetAsync("/threads")).EnumerateArray());
    }

    [Fact]
    public async Task A_comment_without_a_body_is_refused()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");

        await (await statement.PostAsync(Commenter, "/threads", new { start = 0, end = 2, body = " " })).AssertProblemAsync(400, "request.invalid");
        await (await statement.PostAsync(Commenter, "/threads", new { start = 0, body = "Where?" })).AssertProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task An_anchor_follows_its_text_when_text_is_added_before_it_and_inside_it()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU to act.");
        var thread = await statement.CommentAsync(11, 17);

        await statement.EditAsync("Today we call on the EU to act.");
        Assert.Equal((17, 23, "the EU", "ok"), (await statement.ThreadAsync(thread.Id())).Anchor());

        await statement.EditAsync("Today we call on the whole EU to act.");
        var (start, end, quote, state) = (await statement.ThreadAsync(thread.Id())).Anchor();
        Assert.Equal(("the EU", "ok"), (quote, state));
        var (text, _) = await statement.TextAsync();
        Assert.Equal("the whole EU", text[start..end]);
    }

    [Fact]
    public async Task An_anchor_whose_whole_text_is_deleted_is_orphaned_and_keeps_its_quote()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU and its members to act.");
        var thread = await statement.CommentAsync(18, 33, "Which members?");

        await statement.EditAsync("We call on the EU to act.");

        var (start, end, quote, state) = (await statement.ThreadAsync(thread.Id())).Anchor();
        Assert.Equal(("and its members", "orphaned"), (quote, state));
        Assert.Equal(start, end);
        Assert.Equal("Which members?", (await statement.ThreadAsync(thread.Id())).GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_range_given_on_an_older_version_is_moved_to_the_current_text()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");
        var (_, before) = await statement.TextAsync();
        await statement.EditAsync("Dear all, we call on the EU.");

        var thread = await statement.PostOkAsync(Commenter, "/threads", new { start = 15, end = 17, version = before, body = "EU or Commission?" });

        Assert.Equal((25, 27, "EU", "ok"), thread.Anchor());
        Assert.Equal(before + 1, thread.GetProperty("anchor").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_range_on_an_older_version_whose_text_was_deleted_since_is_refused()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU now.");
        var (_, before) = await statement.TextAsync();
        await statement.EditAsync("We call on the EU.");

        var response = await statement.PostAsync(Commenter, "/threads", new { start = 18, end = 21, version = before, body = "Now?" });

        await response.AssertProblemAsync(409, "review.range_deleted");
    }

    [Fact]
    public async Task Replies_resolve_and_reopen_record_who_did_it_and_refuse_doing_it_twice()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");
        var thread = await statement.CommentAsync(0, 2);
        var path = $"/threads/{thread.Id()}";

        await statement.PostOkAsync(Editor, path + "/replies", new { body = "Agreed, I will fix it." });
        await statement.PostOkAsync(Signatory, path + "/replies", new { body = "Thanks." });
        var resolved = await statement.PostOkAsync(Editor, path + "/resolve");
        await (await statement.PostAsync(Commenter, path + "/resolve")).AssertProblemAsync(409, "comment.already_resolved");

        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
        Assert.Equal(Coalition.Person(Editor)!.Id, resolved.GetProperty("statusChangedBy").GetGuid());
        Assert.Equal(
            ["Agreed, I will fix it.", "Thanks."],
            resolved.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("body").GetString()));
        Assert.Equal(Coalition.Person(Signatory)!.Id, resolved.GetProperty("replies")[1].GetProperty("authorId").GetGuid());

        var reopened = await statement.PostOkAsync(Commenter, path + "/reopen");
        Assert.Equal(("Open", Coalition.Person(Commenter)!.Id), (reopened.GetProperty("status").GetString(), reopened.GetProperty("statusChangedBy").GetGuid()));
        await (await statement.PostAsync(Commenter, path + "/reopen")).AssertProblemAsync(409, "comment.not_resolved");
    }

    [Fact]
    public async Task A_viewer_cannot_comment_reply_or_resolve()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");
        var thread = await statement.CommentAsync(0, 2);

        await (await statement.PostAsync(Viewer, "/threads", new { start = 0, end = 2, body = "Me too" })).AssertProblemAsync(403, "access.forbidden");
        await (await statement.PostAsync(Viewer, $"/threads/{thread.Id()}/replies", new { body = "Me too" })).AssertProblemAsync(403, "access.forbidden");
        await (await statement.PostAsync(Viewer, $"/threads/{thread.Id()}/resolve")).AssertProblemAsync(403, "access.forbidden");
        Assert.Empty((await statement.ThreadAsync(thread.Id())).GetProperty("replies").EnumerateArray());
    }

    [Fact]
    public async Task A_thread_is_found_only_under_its_own_statement_and_only_by_those_who_take_part()
    {
        var statement = await ReviewStatement.CreateAsync(Coalition, "We call on the EU.");
        var other = await ReviewStatement.CreateAsync(Coalition, "Another letter.");
        var thread = await statement.CommentAsync(0, 2);

        await (await other.Client(Lead).GetAsync($"{other.Path}/threads/{thread.Id()}")).AssertProblemAsync(404, "comment.not_found");
        await (await other.PostAsync(Commenter, $"/threads/{thread.Id()}/replies", new { body = "Hi" })).AssertProblemAsync(404, "comment.not_found");
        await (await other.PostAsync(Lead, $"/threads/{thread.Id()}/resolve")).AssertProblemAsync(404, "comment.not_found");
        await (await statement.Client(Outsider).GetAsync($"{statement.Path}/threads")).AssertProblemAsync(404, "statement.not_found");
        Assert.Equal("Open", (await statement.ThreadAsync(thread.Id())).GetProperty("status").GetString());
    }
}
