using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Hubs.Infrastructure;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>
/// Two real server processes sharing one SQLite file and a real redis-server: people connected to different nodes
/// edit one statement together, and a node that dies mid-typing costs its people nothing they typed.
/// </summary>
public sealed partial class TwoNodeEditingTests
{
    private const int WordsEach = 30;

    /// <summary>Two nodes keep committing through a shared file; convergence can take longer than one node's.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task Clients_on_different_nodes_typing_into_one_statement_converge_to_the_stored_text()
    {
        await using var cluster = await Cluster.StartAsync(2);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var sessions = new List<DraftSession>();
        foreach (var node in new[] { a, a, b, b })
        {
            var (client, session) = await cluster.JoinAsync(node);
            Assert.Same(node, client.Node);
            sessions.Add(session);
        }

        var typed = await Task.WhenAll(sessions.Select((s, i) => TypeAsync(s, (char)('a' + i), WordsEach, seed: i)));

        await AssertConvergedAsync(cluster, b, sessions, typed.SelectMany(t => t).ToList());
        Assert.Equal(await TextAsync(cluster, a), await TextAsync(cluster, b));

        // The last word, typed on A while nobody on B types, reaches B's clients through the backplane alone.
        var last = await sessions[0].Insert(0, "[z0]");
        await Eventually.HoldsAsync(() => sessions[2].Version == last && sessions[3].Version == last, "the clients on B have the word typed on A");
        Assert.StartsWith("[z0]", sessions[3].Text);
    }

    [SkippableFact]
    public async Task A_node_killed_mid_typing_loses_no_acknowledged_edit_and_doubles_none()
    {
        await using var cluster = await Cluster.StartAsync(2);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var onA = new List<(ClusterClient Client, DraftSession Session)> { await cluster.JoinAsync(a), await cluster.JoinAsync(a) };
        var onB = await cluster.JoinAsync(b);
        var sessions = onA.Select(c => c.Session).Append(onB.Session).ToList();
        var acked = new ConcurrentBag<string>();
        var killed = new TaskCompletionSource();

        var typing = sessions.Select((s, i) => TypeAsync(s, (char)('a' + i), WordsEach * 2, seed: 10 + i, acked, killAfter: i == 0 ? WordsEach / 2 : null, kill: async () =>
        {
            // Node A dies once it has acknowledged some of its typist's words (on a busy machine the first
            // acknowledgement can come after the 15th word is typed): those are the words that must survive.
            await Eventually.HoldsAsync(() => acked.Any(w => w.StartsWith("[a", StringComparison.Ordinal)), "node A has acknowledged a word");
            await a.KillAsync();
            killed.SetResult();
        })).ToList();
        await killed.Task.WaitAsync(Settle);
        var ackedBeforeKill = acked.ToHashSet();
        var typed = await Task.WhenAll(typing);

        await AssertConvergedAsync(cluster, b, sessions, typed.SelectMany(t => t).ToList());
        Assert.All(onA, c => Assert.Same(b, c.Client.Node));
        var final = Words(await TextAsync(cluster, b));
        Assert.Superset(ackedBeforeKill, final.ToHashSet());
    }

    /// <summary>
    /// Types <paramref name="count"/> tagged words, each at a random boundary between words (so that no word is split),
    /// a few milliseconds apart, without waiting for acknowledgements, as a fast typist does. Returns what was typed.
    /// </summary>
    private static async Task<List<string>> TypeAsync(
        DraftSession session, char tag, int count, int seed, ConcurrentBag<string>? acked = null, int? killAfter = null, Func<Task>? kill = null)
    {
        var random = new Random(seed);
        var typed = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var word = $"[{tag}{i}]";
            typed.Add(word);
            var commit = session.Edit(text =>
            {
                var boundaries = Boundaries(text);
                var at = boundaries[random.Next(boundaries.Count)];
                return at == 0 ? new TextOp([OpComponent.Insert(word)]) : new TextOp([OpComponent.Retain(at), OpComponent.Insert(word)]);
            });
            if (acked is not null)
            {
                _ = commit.ContinueWith(t => acked.Add(word), TaskContinuationOptions.OnlyOnRanToCompletion);
            }
            if (i == killAfter)
            {
                await kill!();
            }
            await Task.Delay(random.Next(2, 15));
        }
        return typed;
    }

    /// <summary>Positions (code points; the text is ASCII) at the start, after the opening sentence, and after each word.</summary>
    private static List<int> Boundaries(string text)
    {
        var positions = new List<int> { 0, text.Length };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ']' or '.')
            {
                positions.Add(i + 1);
            }
        }
        return positions;
    }

    private static async Task AssertConvergedAsync(Cluster cluster, ServerNode reader, List<DraftSession> sessions, List<string> typed)
    {
        try
        {
            await Task.WhenAll(sessions.Select(s => s.WaitForIdleAsync().WaitAsync(Settle)));
            var (text, version) = await cluster.Http(reader).GetTextAsync(cluster.StatementId);
            var deadline = DateTime.UtcNow + Settle;
            while (!sessions.All(s => s.Version == version) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            Assert.All(sessions, s => Assert.Null(s.Fault));
            Assert.All(sessions, s => Assert.Equal(version, s.Version));
            Assert.All(sessions, s => Assert.Equal(text, s.Text));
            Assert.Equal(typed.Order(StringComparer.Ordinal), Words(text).Order(StringComparer.Ordinal));
            Assert.Contains(Cluster.InitialText, text);
        }
        catch (Exception e) when (e is not Xunit.SkipException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n{cluster.Logs()}");
        }
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    private static async Task<string> TextAsync(Cluster cluster, ServerNode node) =>
        (await cluster.Http(node).GetTextAsync(cluster.StatementId)).Text;

    [GeneratedRegex(@"\[[a-z]\d+\]")]
    private static partial Regex Word();
}
