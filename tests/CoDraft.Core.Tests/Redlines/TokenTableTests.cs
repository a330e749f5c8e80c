using CoDraft.Core.Redlines;
using CsCheck;

namespace CoDraft.Core.Tests.Redlines;

public sealed class TokenTableTests
{
    private static readonly Gen<string> Text =
        Gen.OneOf("we", "ask", "We", " ", "  ", "\n", ",", "**", "我", "👍🏽", "e\u0301", " \u0301", "\u0301").Array[0, 30].Select(string.Concat);

    [Fact]
    public void A_block_cut_into_tokens_has_the_tokens_of_the_word_chunker()
    {
        Text.Sample(text =>
        {
            var tokens = new TokenTable().Cut(text);

            Assert.Equal(RedlineWordChunkerTests.Chunk(text), Enumerable.Range(0, tokens.Count).Select(i => tokens.Slice(i, i + 1).ToString()));
        });
    }

    [Fact]
    public void Tokens_compare_equal_when_they_are_equal_but_for_surrounding_whitespace()
    {
        Gen.Select(Text, Text).Sample((first, second) =>
        {
            var table = new TokenTable();
            var (a, b) = (table.Cut(first), table.Cut(second));

            for (var i = 0; i < a.Count; i++)
            {
                for (var j = 0; j < b.Count; j++)
                {
                    var sameText = a.Slice(i, i + 1).Trim().SequenceEqual(b.Slice(j, j + 1).Trim());
                    Assert.Equal(sameText, a.CompareIds[i] == b.CompareIds[j]);
                }
            }
        });
    }

    [Fact]
    public void Similarity_is_twice_the_shared_non_whitespace_tokens_over_all_of_them()
    {
        Gen.Select(Text, Text).Sample((first, second) =>
        {
            var table = new TokenTable();

            Assert.Equal(ExpectedSimilarity(first, second), table.Similarity(table.Cut(first), table.Cut(second)), 12);
        });
    }

    [Fact]
    public void Two_equal_blocks_of_thousands_of_different_words_are_fully_alike()
    {
        // Enough distinct tokens for the table to grow several times while the first block is cut: every token
        // seen again in the second block must get the number it got the first time.
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"w{i}"));
        var table = new TokenTable();

        Assert.Equal(1.0, table.Similarity(table.Cut(text), table.Cut(text)));
    }

    [Fact]
    public void Blocks_that_are_all_whitespace_are_alike()
    {
        var table = new TokenTable();

        Assert.Equal(1.0, table.Similarity(table.Cut(" \n"), table.Cut("\t")));
        Assert.Equal(0.0, table.Similarity(table.Cut("we"), table.Cut("ask")));
    }

    private static double ExpectedSimilarity(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        if (a.Count + b.Count == 0)
        {
            return 1;
        }
        var shared = a.GroupBy(t => t).Sum(g => Math.Min(g.Count(), b.Count(t => t == g.Key)));
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static List<string> Words(string text) =>
        RedlineWordChunkerTests.Chunk(text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
}
