using System.Text;
using CoDraft.Core.Redlines;

namespace CoDraft.Core.Word;

/// <summary>
/// Makes a changed block's segments spell out both texts exactly. The redline engine compares runs of whitespace
/// as equal and shows kept text as it now reads, so kept and deleted runs together may miss or alter a space of
/// the earlier text ("Rivers and" to "Rivers, lakes and" keeps "and " but loses the space before it). In Word,
/// rejecting every change must give back the earlier text exactly, so such whitespace becomes a tracked deletion
/// (and the later whitespace a tracked insertion).
/// </summary>
internal static class SegmentRealigner
{
    /// <summary>
    /// Segments whose kept and deleted runs make <paramref name="before"/> and whose kept and inserted runs make
    /// <paramref name="after"/>; null when the segments do not match the texts other than in whitespace.
    /// </summary>
    public static List<RedlineSegment>? Realign(IEnumerable<RedlineSegment> segments, string before, string after)
    {
        var result = new List<RedlineSegment>();
        int b = 0, a = 0;
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case RedlineSegmentKind.Inserted:
                    if (!after.AsSpan(a).StartsWith(segment.Text, StringComparison.Ordinal))
                    {
                        return null;
                    }
                    a += segment.Text.Length;
                    result.Add(segment);
                    break;
                case RedlineSegmentKind.Deleted:
                    var deletedEnd = MatchLoosely(segment.Text, before, b);
                    if (deletedEnd < 0)
                    {
                        return null;
                    }
                    result.Add(segment with { Text = before[b..deletedEnd] });
                    b = deletedEnd;
                    break;
                default:
                    if (!after.AsSpan(a).StartsWith(segment.Text, StringComparison.Ordinal) || !AddKept(segment.Text, before, ref b, result))
                    {
                        return null;
                    }
                    a += segment.Text.Length;
                    break;
            }
        }
        if (a != after.Length || !string.IsNullOrWhiteSpace(before[b..]))
        {
            return null;
        }
        if (b < before.Length)
        {
            result.Add(new RedlineSegment(RedlineSegmentKind.Deleted, before[b..]));
        }
        return result;
    }

    /// <summary>
    /// Adds kept text <paramref name="kept"/> (as the later text has it) against the earlier text from
    /// <paramref name="b"/>: equal characters stay kept, whitespace that differs becomes a deletion and an insertion.
    /// </summary>
    private static bool AddKept(string kept, string before, ref int b, List<RedlineSegment> result)
    {
        var equal = new StringBuilder();
        var k = 0;
        while (k < kept.Length)
        {
            var keptSpace = SpaceRun(kept, k);
            var beforeSpace = SpaceRun(before, b);
            if (keptSpace.Length == 0 && beforeSpace.Length == 0)
            {
                if (b >= before.Length || before[b] != kept[k])
                {
                    return false;
                }
                equal.Append(kept[k]);
                k++;
                b++;
                continue;
            }
            if (keptSpace == beforeSpace)
            {
                equal.Append(keptSpace);
            }
            else
            {
                Flush(equal, result);
                if (beforeSpace.Length > 0)
                {
                    result.Add(new RedlineSegment(RedlineSegmentKind.Deleted, beforeSpace));
                }
                if (keptSpace.Length > 0)
                {
                    result.Add(new RedlineSegment(RedlineSegmentKind.Inserted, keptSpace));
                }
            }
            k += keptSpace.Length;
            b += beforeSpace.Length;
        }
        Flush(equal, result);
        return true;
    }

    /// <summary>Where deleted text <paramref name="deleted"/> ends in the earlier text, whitespace compared loosely; -1 when it is not there.</summary>
    private static int MatchLoosely(string deleted, string before, int b)
    {
        var d = 0;
        while (d < deleted.Length)
        {
            var deletedSpace = SpaceRun(deleted, d);
            var beforeSpace = SpaceRun(before, b);
            if (deletedSpace.Length == 0 && beforeSpace.Length == 0)
            {
                if (b >= before.Length || before[b] != deleted[d])
                {
                    return -1;
                }
                d++;
                b++;
                continue;
            }
            d += deletedSpace.Length;
            b += beforeSpace.Length;
        }
        return b;
    }

    private static string SpaceRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private static void Flush(StringBuilder equal, List<RedlineSegment> result)
    {
        if (equal.Length > 0)
        {
            result.Add(new RedlineSegment(RedlineSegmentKind.Equal, equal.ToString()));
            equal.Clear();
        }
    }
}
