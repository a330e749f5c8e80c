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
    public void A_long_paragraph_of_markup_and_emoji_is_escaped_to_its_end_with_its_line_breaks_kept()
    {
        const int Lines = 4_000;
        var text = string.Join('\n', Enumerable.Repeat("Read <b>&\"😀 '+' now", Lines));

        var redline = RedlineEngine.Compare("", text);

        var escaped = string.Join('\n', Enumerable.Repeat("Read &lt;b&gt;&amp;&quot;&#x1F600; &#x27;&#x2B;&#x27; now", Lines));
        Assert.Equal($"<ins class=\"rl-ins rl-block-added\"><div class=\"rl-block rl-added rl-paragraph\">{escaped}</div></ins>", redline.Html);
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

    [Fact]
    public void The_blocks_of_a_redline_hold_both_texts_and_changed_blocks_spell_out_both_versions()
    {
        var word = Gen.OneOf("we", "ask", "urge", "the", "EU", "我们", "👍🏽", ",", "**", "ندعو", "1.", "-");
        var block = Gen.Select(Gen.OneOf("", "# ", "- ", "1. ", "> "), word.Array[1, 14], (marker, words) => marker + string.Join(' ', words));
        var document = block.Array[0, 20];

        Gen.Select(document, Gen.Int).Sample((blocks, seed) =>
        {
            var before = string.Join("\n\n", blocks);
            var after = string.Join("\n\n", Edit(blocks, seed));

            var redline = RedlineEngine.Compare(before, after);

            Assert.Equal(Visible(after), string.Concat(redline.Blocks.Select(b => Visible(b.After ?? ""))));
            Assert.Equal(Sorted(Visible(before)), Sorted(string.Concat(redline.Blocks.Select(b => Visible(b.Before ?? "")))));
            foreach (var changed in redline.Blocks.Where(b => b.Change == RedlineChange.Changed))
            {
                Assert.Equal(Visible(changed.Before!), Visible(Side(changed, RedlineSegmentKind.Deleted)));
                Assert.Equal(Visible(changed.After!), Visible(Side(changed, RedlineSegmentKind.Inserted)));
            }
        });
    }

    /// <summary>Drops, rewords, adds and moves blocks, as the drafts of a statement do.</summary>
    private static List<string> Edit(string[] blocks, int seed)
    {
        var random = new Random(seed);
        var edited = new List<string>();
        foreach (var block in blocks)
        {
            var words = block.Split(' ');
            switch (random.Next(6))
            {
                case 0:
                    break;
                case 1:
                    words[random.Next(words.Length)] = "changed";
                    edited.Add(string.Join(' ', words));
                    break;
                case 2:
                    edited.Add(block);
                    edited.Add("A new block, added.");
                    break;
                default:
                    edited.Add(block);
                    break;
            }
        }
        if (edited.Count > 2)
        {
            edited.Add(edited[0]);
            edited.RemoveAt(0);
        }
        return edited;
    }

    private static string Sorted(string text) => string.Concat(text.Order());

    private static string Side(RedlineBlock block, RedlineSegmentKind changed) =>
        string.Concat(block.Segments.Where(s => s.Kind == RedlineSegmentKind.Equal || s.Kind == changed).Select(s => s.Text));

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
