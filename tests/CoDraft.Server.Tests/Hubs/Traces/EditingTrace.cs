using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>
/// A concurrent editing trace (josephg/editing-traces format): transactions, each typed by one agent on the merged
/// state of its <c>parents</c>, with patches <c>[position, deleted, inserted]</c> in code points of that state.
/// <para>
/// To replay it faithfully on clients that cannot choose what they have seen (a server-ordered OT client has seen
/// every op up to its version, often more than a transaction's parents), every inserted character gets an identity,
/// and each patch is resolved once here into identities: which characters it deletes, and where its new
/// characters fall in the final order of all characters ever inserted (deleted ones included). A client then
/// applies a transaction by identity on whatever text it holds. The order is found as a sequence CRDT would: a
/// new character goes right after its left neighbour in its parents' state; the trace promises no two agents insert
/// at one place at once, so that is never ambiguous.
/// </para>
/// </summary>
public sealed class EditingTrace
{
    private EditingTrace(string endContent, int agents, IReadOnlyList<TraceTransaction> transactions, int[] codePoints, int[] rank)
    {
        EndContent = endContent;
        Agents = agents;
        Transactions = transactions;
        CodePointOf = codePoints;
        Rank = rank;
    }

    public string EndContent { get; }

    public int Agents { get; }

    public IReadOnlyList<TraceTransaction> Transactions { get; }

    /// <summary>The character (code point) each identity stands for.</summary>
    public int[] CodePointOf { get; }

    /// <summary>Each identity's place in the final order of every character ever inserted.</summary>
    public int[] Rank { get; }

    /// <summary>The characters still there at the end, in order: must be the trace's end content.</summary>
    public string ResolvedEndContent()
    {
        var deleted = new HashSet<int>(Transactions.SelectMany(t => t.Patches).SelectMany(p => p.Deleted));
        var builder = new StringBuilder();
        foreach (var id in Enumerable.Range(0, Rank.Length).Where(id => !deleted.Contains(id)).OrderBy(id => Rank[id]))
        {
            builder.Append(char.ConvertFromUtf32(CodePointOf[id]));
        }
        return builder.ToString();
    }

    public static EditingTrace Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var agents = root.GetProperty("numAgents").GetInt32();
        var raw = root.GetProperty("txns").EnumerateArray().Select(t => (
            Agent: t.GetProperty("agent").GetInt32(),
            Parents: t.GetProperty("parents").EnumerateArray().Select(p => p.GetInt32()).ToArray(),
            Patches: t.GetProperty("patches").EnumerateArray().Select(p => (
                Position: p[0].GetInt32(), Deleted: p[1].GetInt32(), Inserted: p[2].GetString()!)).ToArray())).ToList();
        return Resolve(root.GetProperty("endContent").GetString()!, agents, raw);
    }

    private static EditingTrace Resolve(
        string endContent, int agents, List<(int Agent, int[] Parents, (int Position, int Deleted, string Inserted)[] Patches)> raw)
    {
        // Each agent's transactions form a chain; what a transaction has seen is, per agent, a prefix of its chain.
        var chainIndex = new int[raw.Count];
        var chainLength = new int[agents];
        var seen = new int[raw.Count][];
        for (var t = 0; t < raw.Count; t++)
        {
            var agent = raw[t].Agent;
            chainIndex[t] = chainLength[agent]++;
            seen[t] = new int[agents];
            foreach (var parent in raw[t].Parents)
            {
                for (var a = 0; a < agents; a++)
                {
                    seen[t][a] = Math.Max(seen[t][a], seen[parent][a]);
                }
            }
            seen[t][agent] = chainIndex[t] + 1;
        }
        var agentOf = raw.Select(r => r.Agent).ToArray();
        // True when transaction t had seen transaction other (or is it).
        bool Sees(int t, int other) => other == t || chainIndex[other] < seen[t][agentOf[other]];

        // The final order of every character ever inserted, as a linked list (next[id]; Head starts it), and per agent
        // the characters its last transaction could see, rebuilt only when it has seen more of the others.
        const int Head = -1;
        var next = new List<int>();
        var headNext = Head;
        var insertedBy = new List<int>();
        // Who deleted each character: usually nobody or one agent; two when agents deleted it concurrently.
        var deletedBy = new List<int[]>();
        var codePoints = new List<int>();
        var views = new List<int>?[agents];
        var viewSeen = new int[agents][];
        var transactions = new List<TraceTransaction>();
        for (var t = 0; t < raw.Count; t++)
        {
            var agent = agentOf[t];
            if (views[agent] is null || !SameOthers(seen[t], viewSeen[agent], agent))
            {
                views[agent] = VisibleTo(t);
                viewSeen[agent] = seen[t];
            }
            var view = views[agent]!;
            var patches = new List<TracePatch>();
            foreach (var (position, deleteCount, inserted) in raw[t].Patches)
            {
                var deleted = view.GetRange(position, deleteCount);
                view.RemoveRange(position, deleteCount);
                foreach (var id in deleted)
                {
                    deletedBy[id] = [.. deletedBy[id], t];
                }
                var left = position == 0 ? Head : view[position - 1];
                var added = new List<int>();
                foreach (var rune in inserted.EnumerateRunes())
                {
                    var id = codePoints.Count;
                    codePoints.Add(rune.Value);
                    insertedBy.Add(t);
                    deletedBy.Add([]);
                    next.Add(Head);
                    // Right after its left neighbour, before anything the agent could not see there.
                    var after = added.Count > 0 ? added[^1] : left;
                    if (after == Head)
                    {
                        next[id] = headNext;
                        headNext = id;
                    }
                    else
                    {
                        next[id] = next[after];
                        next[after] = id;
                    }
                    added.Add(id);
                }
                view.InsertRange(position, added);
                patches.Add(new TracePatch([.. deleted], [.. added]));
            }
            transactions.Add(new TraceTransaction(agent, chainIndex[t], seen[t], patches));
        }

        List<int> VisibleTo(int t)
        {
            var visible = new List<int>();
            for (var id = headNext; id != Head; id = next[id])
            {
                if (Sees(t, insertedBy[id]) && !DeletedFor(t, deletedBy[id]))
                {
                    visible.Add(id);
                }
            }
            return visible;
        }

        bool DeletedFor(int t, int[] deleters)
        {
            foreach (var d in deleters)
            {
                if (Sees(t, d))
                {
                    return true;
                }
            }
            return false;
        }

        bool SameOthers(int[] a, int[] b, int self)
        {
            for (var i = 0; i < a.Length; i++)
            {
                if (i != self && a[i] != b[i])
                {
                    return false;
                }
            }
            return true;
        }

        var rank = new int[codePoints.Count];
        var place = 0;
        for (var id = headNext; id != Head; id = next[id])
        {
            rank[id] = place++;
        }
        return new EditingTrace(endContent, agents, transactions, [.. codePoints], rank);
    }
}
