using System.Security.Cryptography;
using System.Text;
using CoDraft.Core.Redlines;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// Prints a digest of the redline (HTML, blocks, segments, stats) of many pairs: snapshots of the editing traces
/// and seeded random edits of their texts. Run before and after a change to the redline's internals and compare the
/// two outputs: a change that only makes the redline faster must leave every line as it was.
/// </summary>
internal static class RedlineCheck
{
    private static readonly string[] Traces = ["automerge-paper", "seph-blog1", "friendsforever_flat"];

    private static readonly string[] Pieces =
        ["we", "ask", "We", " ", "  ", "\n", "\n\n", "\r\n", ",", ".", "**", "- ", "1. ", "# ", "> ", "|", "`", "我", "👍🏽", "e\u0301", "\u0301", "&<>", "\t", "2) "];

    public static int Run()
    {
        var texts = new List<string>();
        foreach (var trace in Traces)
        {
            if (RepoPaths.TryLoadTrace(trace) is not { } loaded)
            {
                continue;
            }
            var text = new LiveText(loaded.StartContent);
            var snapshots = new List<string> { text.ToString() };
            for (var i = 0; i < loaded.Ops.Count; i++)
            {
                text.Apply(loaded.Ops[i]);
                if ((i + 1) % Math.Max(1, loaded.Ops.Count / 10) == 0)
                {
                    snapshots.Add(text.ToString());
                }
            }
            snapshots.Add(loaded.EndContent);
            for (var i = 0; i + 1 < snapshots.Count; i++)
            {
                Print($"{trace} {i} {i + 1}", snapshots[i], snapshots[i + 1]);
                Print($"{trace} {i} end", snapshots[i], loaded.EndContent);
            }
            texts.Add(loaded.EndContent);
        }
        if (texts.Count == 0)
        {
            Console.WriteLine("No trace file found: no redlines to check.");
            return 0;
        }
        var random = new Random(9);
        for (var n = 0; n < 400; n++)
        {
            var source = texts[n % texts.Count];
            var start = random.Next(source.Length);
            var before = source.Substring(start, Math.Min(source.Length - start, random.Next(20, 6000)));
            var after = Mutate(before, random, random.Next(1, 30));
            if (random.Next(3) == 0)
            {
                before = Mutate(before, random, random.Next(1, 5));
            }
            Print($"random {n}", before, after);
        }
        return 0;
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var builder = new StringBuilder(text);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 12)));
                    break;
                case 2:
                    var length = Math.Min(builder.Length - at, random.Next(1, 400));
                    var moved = builder.ToString(at, length);
                    builder.Remove(at, length);
                    builder.Insert(random.Next(builder.Length + 1), moved);
                    break;
                case 3:
                    builder.Insert(at, " " + Pieces[random.Next(Pieces.Length)] + Pieces[random.Next(Pieces.Length)]);
                    break;
                default:
                    var from = random.Next(builder.Length + 1);
                    var copy = builder.ToString(from, Math.Min(builder.Length - from, random.Next(1, 200)));
                    builder.Insert(at, copy);
                    break;
            }
        }
        return builder.ToString();
    }

    private static void Print(string name, string before, string after)
    {
        var redline = RedlineEngine.Compare(before, after);
        var all = new StringBuilder(redline.Html).Append('\0').Append(redline.Stats);
        foreach (var block in redline.Blocks)
        {
            all.Append('\0').Append(block.Kind).Append(block.Change).Append('\u0001').Append(block.Before).Append('\u0001').Append(block.After);
            foreach (var segment in block.Segments)
            {
                all.Append('\u0002').Append(segment.Kind).Append('\u0003').Append(segment.Text);
            }
        }
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
        Console.WriteLine($"{name} {redline.Stats.WordsInserted} {redline.Stats.WordsDeleted} {redline.Stats.BlocksChanged} {digest}");
    }
}
