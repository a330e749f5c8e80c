using CoDraft.Core.Redlines;
using CsCheck;
using Markdig;
using Markdig.Syntax;

namespace CoDraft.Core.Tests.Redlines;

public sealed class MarkdownBlockSplitterTests
{
    [Fact]
    public void Each_list_item_is_a_block_and_a_nested_item_is_not_part_of_its_parent()
    {
        var blocks = MarkdownBlockSplitter.Split("- one\n- two\n  - two a\n  - two b\n\n  two, continued\n- three\n");

        Assert.Equal(
            ["- one", "- two", "- two a", "- two b", "two, continued", "- three"],
            blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(RedlineBlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Blocks_carry_their_markdown_kind()
    {
        var blocks = MarkdownBlockSplitter.Split(
            "# Title\n\nText\n\n> quoted\n\n```\ncode\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div>\nhi\n</div>\n\n[ref]: https://example.org\n");

        Assert.Equal(
            [RedlineBlockKind.Heading, RedlineBlockKind.Paragraph, RedlineBlockKind.Quote, RedlineBlockKind.Code,
             RedlineBlockKind.ThematicBreak, RedlineBlockKind.Table, RedlineBlockKind.Html, RedlineBlockKind.Other],
            blocks.Select(b => b.Kind));
        Assert.Equal("[ref]: https://example.org", blocks[^1].Text);
    }

    [Fact]
    public void A_blank_text_has_no_blocks()
    {
        Assert.Empty(MarkdownBlockSplitter.Split(" \n\n\t\n"));
    }

    [Fact]
    public void Every_visible_character_of_the_source_lands_in_exactly_one_block()
    {
        var line = Gen.OneOf("# ", "- ", "1. ", "  - ", "> ", "```", "    ", "| a | b |", "|---|---|", "---", "<div>",
            "[x]: https://example.org", "word", "other words", "*", "\n", "\n\n", " ");

        line.Array[0, 40].Select(string.Concat).Sample(text =>
        {
            var blocks = MarkdownBlockSplitter.Split(text);
            Assert.Equal(Visible(text), string.Concat(blocks.Select(b => Visible(b.Text))));
        });
    }

    [Fact]
    public void Skipping_inline_parsing_leaves_every_block_where_a_full_parse_puts_it()
    {
        var full = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var line = Gen.OneOf("# ", "- ", "1. ", "  - ", "> ", "```", "    ", "| a | b |", "|---|---|", "a | b", "--|--", "---",
            "===", "<div>", "<!-- c -->", "[x]: https://example.org", "[x]", "word", "*em* and `code`", "**", "\\", "\n", "\n\n", " ");

        line.Array[0, 40].Select(string.Concat).Sample(text =>
            Assert.Equal(Blocks(Markdig.Markdown.Parse(text, full)), Blocks(Markdig.Markdown.Parse(text, MarkdownBlockSplitter.Pipeline))));
    }

    private static List<(string, int, int)> Blocks(MarkdownDocument document) =>
        document.Descendants<Block>().Select(b => (b.GetType().Name, b.Span.Start, b.Span.End)).ToList();

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
