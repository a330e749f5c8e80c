using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Server.Tests.Auth;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoDraft.Server.Tests.Infrastructure.Caller;

namespace CoDraft.Server.Tests.Review;

/// <summary>Seeded random edits that never touch a quoted passage leave its comment and suggestion on exactly that passage.</summary>
public sealed class AnchorPropertyTests(CoalitionFixture fixture) : IClassFixture<CoalitionFixture>
{
    private const int Ops = 300;
    private const int CheckEvery = 20;
    private static readonly string[] Words = ["EU", "child", "😀", "protection", "é", " ", "\n\n", "we call", "—", "ü"];

    [Theory]
    [InlineData(20261128)]
    [InlineData(7)]
    public async Task Random_edits_around_a_passage_leave_its_anchors_quoting_it(int seed)
    {
        var random = new Random(seed);
        var statement = await ReviewStatement.CreateAsync(fixture.Coalition, RandomText(random, 40));
        var (text, version) = await statement.TextAsync();
        var length = CodePoints.Count(text);
        var (start, end) = (length / 3, length / 3 + 12);
        var quote = Slice(text, start, end);
        var thread = await statement.CommentAsync(start, end);
        var suggestion = await statement.SuggestAsync(start, end, "[replaced passage]");
        var editor = fixture.Coalition.Factory.Services.GetRequiredService<DraftEditor>();

        for (var i = 1; i <= Ops; i++)
        {
            var (op, shift) = RandomEditOutside(random, length, start, end);
            var result = await editor.SubmitAsync(new Submission(statement.Id, version, "random-" + seed, i, op, fixture.Coalition.Lead.AuthorId));
            version = result.Version;
            length += (int)TextType.LengthChange(op);
            (start, end) = (start + shift, end + shift);
            if (i % CheckEvery == 0)
            {
                await AssertQuotedAsync(statement, thread.Id(), suggestion.Id(), start, end, quote);
            }
        }

        await statement.PostOkAsync(Lead, $"/suggestions/{suggestion.Id()}/accept");
        var (final, _) = await statement.TextAsync();
        Assert.Equal("[replaced passage]", Slice(final, start, start + CodePoints.Count("[replaced passage]")));
    }

    private static async Task AssertQuotedAsync(ReviewStatement statement, Guid threadId, Guid suggestionId, int start, int end, string quote)
    {
        var (text, _) = await statement.TextAsync();
        var thread = await statement.ThreadAsync(threadId);
        var suggestion = await statement.SuggestionAsync(suggestionId);
        Assert.Equal((start, end, quote, "ok"), thread.Anchor());
        Assert.Equal((start, end, quote, "ok"), suggestion.Anchor());
        Assert.False(suggestion.GetProperty("editedSince").GetBoolean());
        Assert.Equal(quote, Slice(text, start, end));
    }

    /// <summary>An insert anywhere outside the passage or at its edges, or a delete entirely outside it; and how far the passage moves.</summary>
    private static (TextOp Op, int Shift) RandomEditOutside(Random random, int length, int start, int end)
    {
        var before = random.Next(2) == 0;
        if (random.Next(3) > 0 || (before ? start : length - end) == 0)
        {
            var at = before ? random.Next(start + 1) : end + random.Next(length - end + 1);
            var inserted = Words[random.Next(Words.Length)];
            return (PatchOp.At(at, 0, inserted), before ? CodePoints.Count(inserted) : 0);
        }
        var (from, to) = before ? (0, start) : (end, length);
        var position = from + random.Next(to - from);
        var count = 1 + random.Next(Math.Min(5, to - position));
        return (PatchOp.At(position, count, string.Empty), before ? -count : 0);
    }

    private static string RandomText(Random random, int words) =>
        string.Concat(Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)] + " "));

    private static string Slice(string text, int start, int end) =>
        text[CodePoints.ToUtf16Index(text, start)..CodePoints.ToUtf16Index(text, end)];
}
