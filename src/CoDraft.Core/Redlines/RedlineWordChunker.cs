using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CoDraft.Core.Redlines;

/// <summary>
/// Splits text into the tokens a redline compares: a run of whitespace, a run of letters and digits, or one
/// character of anything else (punctuation, Markdown markup, an emoji), so that a changed comma or a changed
/// <c>**</c> shows on its own. Han, kana and Hangul are written without spaces between words, so each of their
/// characters is a token. A character here is a grapheme cluster: a surrogate pair, a combining mark with its
/// base, or an emoji ZWJ sequence is never split.
/// </summary>
internal static class RedlineWordChunker
{
    private enum TokenClass
    {
        Space,
        Word,
        Single,
    }

    /// <summary>
    /// Where the token that starts at <paramref name="start"/> of <paramref name="text"/> ends: a run of whitespace or
    /// of word characters, or a single cluster of anything else. Cuts tokens without allocating them.
    /// </summary>
    /// <remarks>
    /// The test for an ASCII character followed by another, which <see cref="NextCluster"/> makes first, is repeated
    /// in the loop: most characters pass it, and the call it saves costs more than the test.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int TokenEnd(ReadOnlySpan<char> text, int start)
    {
        var first = text[start];
        int length;
        TokenClass tokenClass;
        if (char.IsAscii(first) && (start + 1 == text.Length || char.IsAscii(text[start + 1])))
        {
            (length, tokenClass) = (1, char.IsAsciiLetterOrDigit(first) ? TokenClass.Word
                : char.IsWhiteSpace(first) ? TokenClass.Space
                : TokenClass.Single);
        }
        else
        {
            (length, tokenClass) = NextCluster(text, start);
        }
        var end = start + length;
        if (tokenClass == TokenClass.Single)
        {
            return end;
        }
        var word = tokenClass == TokenClass.Word;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAscii(c) && (end + 1 == text.Length || char.IsAscii(text[end + 1])))
            {
                // An ASCII word character is never whitespace, so each class is one test.
                if (word ? !char.IsAsciiLetterOrDigit(c) : !char.IsWhiteSpace(c))
                {
                    break;
                }
                end++;
                continue;
            }
            (length, var clusterClass) = NextCluster(text, end);
            if (clusterClass != tokenClass)
            {
                break;
            }
            end += length;
        }
        return end;
    }

    /// <summary>How many tokens of <paramref name="text"/> are words (see <see cref="IsWord"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = TokenEnd(text, start);
            if (IsWord(text[start..end]))
            {
                words++;
            }
            start = end;
        }
        return words;
    }

    /// <summary>
    /// The grapheme cluster at <paramref name="index"/>. An ASCII character followed by another is a cluster of
    /// its own (CR LF aside, which is whitespace either way), so the full grapheme rules, several times slower,
    /// only run around other characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Length, TokenClass Class) NextCluster(ReadOnlySpan<char> str, int index)
    {
        var c = str[index];
        if (char.IsAscii(c) && (index + 1 == str.Length || char.IsAscii(str[index + 1])))
        {
            return (1, char.IsAsciiLetterOrDigit(c) ? TokenClass.Word
                : char.IsWhiteSpace(c) ? TokenClass.Space
                : TokenClass.Single);
        }
        var length = StringInfo.GetNextTextElementLength(str[index..]);
        return (length, Classify(str.Slice(index, length)));
    }

    /// <summary>True when <paramref name="token"/> counts as a word in <see cref="RedlineStats"/>.</summary>
    public static bool IsWord(ReadOnlySpan<char> token) =>
        Rune.DecodeFromUtf16(token, out var rune, out _) == OperationStatus.Done
        && (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune)
            is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.OtherSymbol);

    private static TokenClass Classify(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var rune, out _) != OperationStatus.Done)
        {
            return TokenClass.Single;
        }
        if (Rune.IsWhiteSpace(rune))
        {
            return TokenClass.Space;
        }
        return IsWordCharacter(rune) && !IsWrittenWithoutSpaces(rune) ? TokenClass.Word : TokenClass.Single;
    }

    private static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.Format => true,
        _ => false,
    };

    /// <summary>Han, Hiragana, Katakana and Hangul, including their compatibility and extension blocks.</summary>
    private static bool IsWrittenWithoutSpaces(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
        >= 0x2E80 and <= 0x2FDF => true, // CJK and Kangxi radicals
        >= 0x3005 and <= 0x3007 => true, // iteration mark, closing mark, ideographic zero
        >= 0x3021 and <= 0x3029 => true, // Hangzhou numerals
        >= 0x3031 and <= 0x3035 => true, // kana repeat marks
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3130 and <= 0x318F => true, // Hangul compatibility Jamo
        >= 0x31F0 and <= 0x31FF => true, // Katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xA960 and <= 0xA97F => true, // Hangul Jamo extended A
        >= 0xAC00 and <= 0xD7FF => true, // Hangul syllables, Jamo extended B
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFF66 and <= 0xFFDC => true, // halfwidth Katakana and Hangul
        >= 0x1B000 and <= 0x1B16F => true, // kana supplement and extended
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };
}
