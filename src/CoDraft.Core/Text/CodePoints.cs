namespace CoDraft.Core.Text;

/// <summary>
/// The one place where UTF-16 indexes and Unicode code point positions are converted.
/// Every position in an op, on the wire and in the store is a code point position.
/// </summary>
public static class CodePoints
{
    /// <summary>Number of code points in <paramref name="s"/>; a surrogate pair counts once.</summary>
    public static int Count(ReadOnlySpan<char> s)
    {
        var count = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    /// <summary>UTF-16 index of code point position <paramref name="codePoint"/> in <paramref name="s"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is past the end of the text.</exception>
    public static int ToUtf16Index(ReadOnlySpan<char> s, int codePoint)
    {
        var index = 0;
        for (var cp = 0; cp < codePoint; cp++)
        {
            if (index >= s.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoint), "Position is past the end of the text.");
            }
            index += char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]) ? 2 : 1;
        }
        return index;
    }

    /// <summary>Code point position of UTF-16 index <paramref name="utf16Index"/> in <paramref name="s"/>.</summary>
    public static int FromUtf16Index(ReadOnlySpan<char> s, int utf16Index) => Count(s[..utf16Index]);

    /// <summary>True when <paramref name="s"/> contains no lone (unpaired) surrogate.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(s[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Moves <paramref name="codePoints"/> code points forward from UTF-16 index <paramref name="utf16Start"/>.
    /// Returns false when <paramref name="s"/> ends first.
    /// </summary>
    public static bool TryAdvance(ReadOnlySpan<char> s, int utf16Start, int codePoints, out int utf16End)
    {
        var index = utf16Start;
        for (var cp = 0; cp < codePoints; cp++)
        {
            if (index >= s.Length)
            {
                utf16End = index;
                return false;
            }
            index += char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]) ? 2 : 1;
        }
        utf16End = index;
        return true;
    }
}
