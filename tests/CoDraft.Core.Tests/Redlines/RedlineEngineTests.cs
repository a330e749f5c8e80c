using System.Text.Json;
using System.Text.Json.Serialization;
using CoDraft.Core.Redlines;
using CsCheck;

namespace CoDraft.Core.Tests.Redlines;

public sealed class RedlineEngineTests
{
    [Fact]
    public void A_missing_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => RedlineEngine.Compare(null!, "text"));
        Assert.Throws<ArgumentNullException>(() => RedlineEngine.Compare("text", null!));
    }

    [Fact]
    public void Two_empty_texts_have_an_empty_redline()
    {
        var redline = RedlineEngine.Compare("", "");

        Assert.Equal("", redline.Html);
        Assert.Empty(redline.Blocks);
        Assert.Equal(new RedlineStats(0, 0, 0, 0, 0, 0), redline.Stats);
    }

    [Fact]
    public void Windows_line_ends_are_not_a_change()
    {
        var redline = RedlineEngine.Compare("# Title\r\n\r\nOne\r\ntwo.\r\n", "# Title\n\nOne\ntwo.\n");

        Assert.All(redline.Blocks, b => Assert.Equal(RedlineChange.Unchanged, b.Change));
    }

    [Fact]
    public void A_block_moved_and_edited_shows_as_removed_and_added()
    {
        var redline = RedlineEngine.Compare(
            "Alpha paragraph about funding.\n\nBeta.\n\nGamma.\n",
            "Beta.\n\nGamma.\n\nAlpha paragraph about more funding.\n");

        Assert.Equal(
            [RedlineChange.Removed, RedlineChange.Unchanged, RedlineChange.Unchanged, RedlineChange.Added],
            redline.Blocks.Select(b => b.Change));
    }

    [Fact]
    public void A_giant_rewritten_paragraph_is_replaced_whole_rather_than_diffed_word_by_word()
    {
        var words = Enumerable.Range(0, RedlineLimits.MaxWordDiffTokens / 2).Select(i => $"w{i}").ToList();
        var before = string.Join(' ', words);
        var after = string.Join(' ', words.Select((w, i) => i % 2 == 0 ? w : "x" + w));

        var redline = RedlineEngine.Compare(before, after);

        Assert.Equal([RedlineChange.Removed, RedlineChange.Added], redline.Blocks.Select(b => b.Change));
    }

    [Fact]
    public void Segments_of_a_changed_block_spell_out_both_versions()
    {
        var word = Gen.OneOf("we", "ask", "urge", "the", "EU", "我", "们", "👍🏽", ",", ".", "**", "ندعو");
        var sentence = word.Array[1, 12].Select(w => string.Join(' ', w));

        Gen.Select(sentence, sentence).Sample((before, after) =>
        {
            foreach (var block in RedlineEngine.Compare(before, after).Blocks.Where(b => b.Change == RedlineChange.Changed))
            {
                Assert.Equal(Visible(block.Before!), Visible(Side(block, RedlineSegmentKind.Deleted)));
                Assert.Equal(Visible(block.After!), Visible(Side(block, RedlineSegmentKind.Inserted)));
            }
        });
    }

    [Fact]
    public void Blocks_serialise_to_json_with_readable_names()
    {
        var options = new JsonSerializerOptions(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

        var json = JsonSerializer.Serialize(RedlineEngine.Compare("We ask.", "We urge."), options);

        Assert.Contains("\"change\":\"Changed\"", json);
        Assert.Contains("\"segments\":[{\"kind\":\"Equal\",\"text\":\"We \"},{\"kind\":\"Deleted\",\"text\":\"ask\"}", json);
    }

    private static string Side(RedlineBlock block, RedlineSegmentKind changed) =>
        string.Concat(block.Segments.Where(s => s.Kind == RedlineSegmentKind.Equal || s.Kind == changed).Select(s => s.Text));

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
