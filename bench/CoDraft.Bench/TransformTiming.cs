using System.Diagnostics;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// The transform step of the commit path, as the load benchmark drives it: a statement's history of typed tokens
/// (mostly inserts at random places, some deletes and replacements), and submissions made on a version
/// <c>lag</c> ops behind the head, each transformed against every op since its base. Times the fast path
/// (<see cref="TextType.TransformAgainst"/>) and, in the same run, the general algorithm one op at a time with both
/// ops normalized into fresh copies, as every call did before. Both must give the same op for every submission.
/// </summary>
internal static class TransformTiming
{
    private const int History = 20_000;
    private const int Seed = 9;

    public static int Run(int lag)
    {
        var random = new Random(Seed);
        var (ops, lengths) = MakeHistory(random);
        var submissions = Enumerable.Range(0, 2_000).Select(_ =>
        {
            var baseVersion = random.Next(lag, History);
            var position = random.Next(lengths[baseVersion - lag] + 1);
            var insert = OpComponent.Insert($"⟨e{random.Next(400)}.{random.Next(1000)}⟩");
            TextOp op = position == 0 ? new([insert]) : new([OpComponent.Retain(position), insert]);
            return (Op: op, From: baseVersion - lag);
        }).ToArray();

        for (var i = 0; i < 200; i++)
        {
            // Warm-up: both paths reach tiered, optimised code before they are timed.
            General(submissions[i].Op, ops, submissions[i].From, lag);
            Fast(submissions[i].Op, ops, submissions[i].From, lag);
        }
        foreach (var (op, from) in submissions)
        {
            if (!General(op, ops, from, lag).Equals(Fast(op, ops, from, lag)))
            {
                Console.Error.WriteLine($"fast and general paths differ for {op} from version {from}");
                return 1;
            }
        }
        var (generalUs, generalBytes) = Time(submissions, s => General(s.Op, ops, s.From, lag));
        var (fastUs, fastBytes) = Time(submissions, s => Fast(s.Op, ops, s.From, lag));
        Console.WriteLine($"{submissions.Length} submissions, each {lag} ops behind, over a history of {History} ops");
        Console.WriteLine($"general, one op at a time: {generalUs:F1} µs and {generalBytes:F0} bytes allocated per submission");
        Console.WriteLine($"fast path:                 {fastUs:F1} µs and {fastBytes:F0} bytes allocated per submission");
        Console.WriteLine($"transform lag={lag} {generalUs:F1} {fastUs:F1} {generalUs / fastUs:F1}");
        return 0;
    }

    private static TextOp General(TextOp op, TextOp[] history, int from, int lag)
    {
        for (var i = from; i < from + lag; i++)
        {
            TextType.Check(op);
            TextType.Check(history[i]);
            op = TextType.TransformChecked(Copy(op), Copy(history[i]), TransformSide.Right);
        }
        return op;
    }

    private static TextOp Fast(TextOp op, TextOp[] history, int from, int lag) =>
        TextType.TransformAgainst(op, new ArraySegment<TextOp>(history, from, lag), TransformSide.Right);

    /// <summary>The op rebuilt into a new one, as normalizing did before it returned an op already in normal form.</summary>
    private static TextOp Copy(TextOp op)
    {
        var builder = new OpBuilder();
        foreach (var c in op.Components)
        {
            builder.Append(c);
        }
        return builder.Build();
    }

    private static (double MicrosecondsEach, double BytesEach) Time<T>(T[] items, Action<T> run)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(2) || rounds == 0)
        {
            foreach (var item in items)
            {
                run(item);
            }
            rounds++;
        }
        var count = (double)items.Length * rounds;
        return (watch.Elapsed.TotalMicroseconds / count, (GC.GetAllocatedBytesForCurrentThread() - bytes) / count);
    }

    /// <summary>Committed ops as the server stores them (deletes with their text) and the length after each.</summary>
    private static (TextOp[] Ops, int[] Lengths) MakeHistory(Random random)
    {
        var text = new System.Text.StringBuilder("A statement to be drafted together.\n\nFirst paragraph.\n");
        var ops = new TextOp[History];
        var lengths = new int[History + 1];
        lengths[0] = text.Length;
        for (var v = 0; v < History; v++)
        {
            var position = random.Next(text.Length + 1);
            var components = new List<OpComponent>(3);
            if (position > 0)
            {
                components.Add(OpComponent.Retain(position));
            }
            var kind = random.Next(10);
            var insert = kind < 9 ? $"<e{random.Next(400)}.{random.Next(1000)}>" : kind == 9 && random.Next(2) == 0 ? "x" : "";
            if (insert.Length > 0)
            {
                components.Add(OpComponent.Insert(insert));
            }
            var deleted = kind == 9 ? Math.Min(random.Next(1, 6), text.Length - position) : 0;
            if (deleted > 0)
            {
                components.Add(OpComponent.Delete(text.ToString(position, deleted)));
            }
            ops[v] = components.Count == (position > 0 ? 1 : 0) ? TextOp.Identity : new TextOp(components);
            text.Remove(position, deleted).Insert(position, insert);
            lengths[v + 1] = text.Length;
        }
        return (ops, lengths);
    }
}
