using CoDraft.Core.Redlines;
using CsCheck;

namespace CoDraft.Core.Tests.Redlines;

public sealed class RedlineWordChunkerTests
{
    /// <summary>The tokens of <paramref name="text"/>, as strings.</summary>
    public static List<string> Chunk(string text)
    {
        var tokens = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = RedlineWordChunker.TokenEnd(text, start);
            tokens.Add(text[start..end]);
            start = end;
        }
        return tokens;
    }

    [Fact]
    public void A_run_of_whitespace_is_one_token()
    {
        Assert.Equal(["We", "  \n\t ", "ask"], Chunk("We  \n\t ask"));
    }

    [Fact]
    public void Punctuation_and_markup_are_tokens_of_their_own()
    {
        Assert.Equal(["*", "*", "Hello", ",", " ", "e", "-", "mail", "!", "*", "*"], Chunk("**Hello, e-mail!**"));
    }

    [Fact]
    public void Han_kana_and_Hangul_split_per_character()
    {
        Assert.Equal(["我", "们", "呼", "吁"], Chunk("我们呼吁"));
        Assert.Equal(["2024", "年", "の", "報", "告", "カ", "ー"], Chunk("2024年の報告カー"));
        Assert.Equal(["아", "동", "을", " ", "보", "호"], Chunk("아동을 보호"));
    }

    [Fact]
    public void A_Han_character_outside_the_basic_plane_keeps_its_surrogate_pair()
    {
        Assert.Equal(["𠀀", "𠀁"], Chunk("𠀀𠀁"));
    }

    [Fact]
    public void Arabic_words_keep_their_vowel_marks()
    {
        Assert.Equal(["كَتَبَ", " ", "الرسالة", "،"], Chunk("كَتَبَ الرسالة،"));
    }

    [Fact]
    public void A_combining_accent_stays_with_its_letter()
    {
        Assert.Equal(["cafe\u0301", " ", "au", " ", "\u00e9t\u00e9"], Chunk("cafe\u0301 au \u00e9t\u00e9"));
    }

    [Fact]
    public void An_emoji_sequence_is_one_token()
    {
        Assert.Equal(["a", "👩‍👩‍👧", "b"], Chunk("a👩‍👩‍👧b"));
        Assert.Equal(["👍🏽", "🇪🇺", "🇫🇷", "❤️"], Chunk("👍🏽🇪🇺🇫🇷❤️"));
    }

    [Fact]
    public void Tokens_put_back_together_give_the_text()
    {
        var text = Gen.String[Gen.Char["ab ,.\n*#\u0301\u200d"], 0, 40]
            .Select(Gen.String[Gen.Char["我아كَ"], 0, 5], Gen.OneOf("", "👩‍👩‍👧", "🇪🇺", "𠀀", "\ud800"), (a, b, c) => a + c + b + c);

        text.Sample(t => Assert.Equal(t, string.Concat(Chunk(t))));
    }

    [Theory]
    [InlineData("word", true)]
    [InlineData("42", true)]
    [InlineData("我", true)]
    [InlineData("الرسالة", true)]
    [InlineData("👍🏽", true)]
    [InlineData(",", false)]
    [InlineData("#", false)]
    [InlineData("|", false)]
    [InlineData(" \n", false)]
    public void Words_are_letters_numbers_and_emoji(string token, bool isWord)
    {
        Assert.Equal(isWord, RedlineWordChunker.IsWord(token));
    }

    [Fact]
    public void Tokens_are_runs_of_whitespace_clusters_or_of_word_clusters_or_single_other_clusters()
    {
        Gen.OneOf("we", "Ask", "42", " ", "  ", "\n", "\t", "\r\n", "\u00A0", ",", "**", "我们", "é", "e\u0301", " \u0301", "👍🏽", "a\u200Db", "ü1")
            .Array[0, 20].Select(string.Concat)
            .Sample(text => Assert.Equal(ReferenceChunk(text), Chunk(text)));
    }

    /// <summary>
    /// The tokens by the definition, slowly: grapheme clusters classed by their first character, runs of whitespace
    /// and of word clusters joined; Han characters (the only ones of the scripts without spaces generated here)
    /// stand alone.
    /// </summary>
    private static List<string> ReferenceChunk(string text)
    {
        var clusters = new List<(string Text, char Class)>();
        for (var e = System.Globalization.StringInfo.GetTextElementEnumerator(text); e.MoveNext();)
        {
            var cluster = (string)e.Current;
            var rune = System.Text.Rune.GetRuneAt(cluster, 0);
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            var cls = System.Text.Rune.IsWhiteSpace(rune) ? 's'
                : rune.Value is >= 0x4E00 and <= 0x9FFF ? '1'
                : System.Text.Rune.IsLetterOrDigit(rune) || category is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.NonSpacingMark ? 'w'
                : '1';
            clusters.Add((cluster, cls));
        }
        var tokens = new List<string>();
        for (var i = 0; i < clusters.Count; i++)
        {
            if (tokens.Count > 0 && clusters[i].Class != '1' && clusters[i].Class == clusters[i - 1].Class)
            {
                tokens[^1] += clusters[i].Text;
            }
            else
            {
                tokens.Add(clusters[i].Text);
            }
        }
        return tokens;
    }
}
