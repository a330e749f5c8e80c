using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using DiffPlex.Model;

namespace CoDraft.Core.Redlines;

/// <summary>
/// The word-level diff of two numbered token sequences: Myers' linear-space algorithm, which finds the middle snake
/// of a shortest edit script and recurses on either side of it. Where several shortest scripts exist it makes the
/// same choices as DiffPlex's differ (which of two equal tokens is kept, where in a run of equal tokens an edit goes),
/// so a redline reads as it did when DiffPlex diffed its words; the tests hold the two to the same output. A redline
/// makes thousands of these calls: this one allocates little, and it is compiled optimised from its first call, where
/// a library's code starts unoptimised and is recompiled only once the runtime finds it hot.
/// </summary>
internal static class MyersDiff
{
    /// <summary>The runs of changes that turn <paramref name="before"/> into <paramref name="after"/>, in order.</summary>
    public static List<DiffBlock> Diff(int[] before, int[] after)
    {
        var removed = new bool[before.Length];
        var added = new bool[after.Length];
        // Diagonals run from -(N+M+1)/2 - 1 to (N+M+1)/2 + 1, shifted to start at 0.
        var diagonals = before.Length + after.Length + 2;
        var forward = ArrayPool<int>.Shared.Rent(diagonals);
        var reverse = ArrayPool<int>.Shared.Rent(diagonals);
        try
        {
            new Search(before, after, removed, added, forward, reverse).Mark(0, before.Length, 0, after.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(forward);
            ArrayPool<int>.Shared.Return(reverse);
        }
        return DiffRuns.Gather(removed, added);
    }

    /// <summary>The last step of a path before its snake: right and down go forward, left and up go in reverse.</summary>
    private enum Step
    {
        /// <summary>Forward, past a removed token of the earlier sequence.</summary>
        Right,

        /// <summary>Forward, past an added token of the later sequence.</summary>
        Down,

        /// <summary>In reverse, back past a removed token.</summary>
        Left,

        /// <summary>In reverse, back past an added token.</summary>
        Up,
    }

    /// <summary>A middle snake: a run of equal tokens from (StartX, StartY) to (EndX, EndY), and the step before it.</summary>
    private readonly record struct Snake(int StartX, int StartY, int EndX, int EndY, Step Step);

    /// <summary>One diff: the two sequences, their marks, and the furthest path on each diagonal.</summary>
    private sealed class Search(int[] a, int[] b, bool[] removed, bool[] added, int[] forward, int[] reverse)
    {
        private readonly int[] _a = a;
        private readonly int[] _b = b;
        private readonly bool[] _removed = removed;
        private readonly bool[] _added = added;
        private readonly int[] _forward = forward;
        private readonly int[] _reverse = reverse;

        /// <summary>Marks the removed tokens of <c>a[aStart..aEnd]</c> and the added ones of <c>b[bStart..bEnd]</c>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Mark(int aStart, int aEnd, int bStart, int bEnd)
        {
            var (a, b, removed, added) = (_a, _b, _removed, _added);
            while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart])
            {
                aStart++;
                bStart++;
            }
            while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1])
            {
                aEnd--;
                bEnd--;
            }
            if (aStart == aEnd || bStart == bEnd)
            {
                removed.AsSpan(aStart, aEnd - aStart).Fill(true);
                added.AsSpan(bStart, bEnd - bStart).Fill(true);
                return;
            }

            var (startX, startY, endX, endY, step) = MiddleSnake(aStart, aEnd, bStart, bEnd);
            // The step that leads to the snake is marked here, unless a forward step starts at the range's first
            // token, which the first half then takes; this is where DiffPlex puts such an edit.
            if (step == Step.Right && startX - 1 > aStart)
            {
                removed[--startX] = true;
            }
            else if (step == Step.Down && startY - 1 > bStart)
            {
                added[--startY] = true;
            }
            else if (step == Step.Left && endX < aEnd)
            {
                removed[endX++] = true;
            }
            else if (step == Step.Up && endY < bEnd)
            {
                added[endY++] = true;
            }
            Mark(aStart, startX, bStart, startY);
            Mark(endX, aEnd, endY, bEnd);
        }

        /// <summary>
        /// Extends the furthest paths forward from the start and in reverse from the end, one more edit at a time on
        /// each side, until they overlap on a diagonal; the snake where they meet splits the problem in two. Ties go
        /// as in DiffPlex: forward, down unless the path from the left is further; in reverse, left unless the path
        /// from below is further back.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private Snake MiddleSnake(int aStart, int aEnd, int bStart, int bEnd)
        {
            // Locals rather than fields, so that the loops keep them in registers.
            var (a, b, forward, reverse) = (_a, _b, _forward, _reverse);
            var n = aEnd - aStart;
            var m = bEnd - bStart;
            var half = (n + m + 1) / 2;
            var delta = n - m;
            var deltaIsOdd = delta % 2 != 0;
            forward[half + 1] = 0;
            reverse[half + 1] = n + 1;
            for (var d = 0; d <= half; d++)
            {
                for (var k = -d; k <= d; k += 2)
                {
                    var i = k + half;
                    var down = k == -d || (k != d && forward[i - 1] < forward[i + 1]);
                    var x = down ? forward[i + 1] : forward[i - 1] + 1;
                    var y = x - k;
                    var (fromX, fromY) = (x, y);
                    while (x < n && y < m && a[aStart + x] == b[bStart + y])
                    {
                        x++;
                        y++;
                    }
                    forward[i] = x;
                    if (deltaIsOdd && k - delta >= 1 - d && k - delta <= d - 1)
                    {
                        var reverseX = reverse[k - delta + half];
                        if (reverseX <= x && reverseX - k <= y)
                        {
                            return new Snake(aStart + fromX, bStart + fromY, aStart + x, bStart + y, down ? Step.Down : Step.Right);
                        }
                    }
                }
                for (var k = -d; k <= d; k += 2)
                {
                    var i = k + half;
                    var left = k == -d || (k != d && reverse[i + 1] <= reverse[i - 1]);
                    var x = left ? reverse[i + 1] - 1 : reverse[i - 1];
                    var y = x - (k + delta);
                    var (toX, toY) = (x, y);
                    while (x > 0 && y > 0 && a[aStart + x - 1] == b[bStart + y - 1])
                    {
                        x--;
                        y--;
                    }
                    reverse[i] = x;
                    if (!deltaIsOdd && k + delta >= -d && k + delta <= d)
                    {
                        var forwardX = forward[k + delta + half];
                        if (forwardX >= x && forwardX - (k + delta) >= y)
                        {
                            return new Snake(aStart + x, bStart + y, aStart + toX, bStart + toY, left ? Step.Left : Step.Up);
                        }
                    }
                }
            }
            throw new UnreachableException("Forward and reverse paths always meet within (N + M + 1) / 2 edits.");
        }
    }
}
