using System.Text;
using CoDraft.Client.Sessions;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Hubs.Infrastructure;

namespace CoDraft.Server.Tests.Hubs.Traces;

/// <summary>
/// Replays an <see cref="EditingTrace"/> with one live session per agent, all typing at once: an agent types a
/// transaction as soon as its session has seen the transaction's parents (each other agent's chain up to the
/// parents is committed and the session's version has reached it), and never waits for more. Characters are
/// written as code points from <see cref="FirstIdentity"/> on, one per identity, so that any client can tell
/// which character is which.
/// </summary>
public sealed class TraceReplay(EditingTrace trace, IReadOnlyList<DraftSession> sessions)
{
    /// <summary>Identities live in the supplementary planes: every one is a single code point and none is a surrogate.</summary>
    public const int FirstIdentity = 0x10000;

    private readonly Task<long>?[] committed = new Task<long>?[trace.Transactions.Count];
    private readonly int[][] chains = Enumerable.Range(0, trace.Agents)
        .Select(a => Enumerable.Range(0, trace.Transactions.Count).Where(t => trace.Transactions[t].Agent == a).ToArray())
        .ToArray();
    private readonly IdentityMirror[] mirrors = sessions.Select(_ => new IdentityMirror(trace.Rank)).ToArray();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync()
    {
        for (var agent = 0; agent < sessions.Count; agent++)
        {
            var mirror = mirrors[agent];
            sessions[agent].RemoteChanged += (_, change) =>
            {
                mirror.Follow(change.Op);
                Pulse();
            };
        }
        await Task.WhenAll(Enumerable.Range(0, trace.Agents).Select(agent => Task.Run(() => TypeAsync(agent))));
    }

    /// <summary>The statement's text with every identity turned back into the character it stands for.</summary>
    public string ToOriginal(string replayed)
    {
        var builder = new StringBuilder();
        foreach (var rune in replayed.EnumerateRunes())
        {
            builder.Append(char.ConvertFromUtf32(trace.CodePointOf[rune.Value - FirstIdentity]));
        }
        return builder.ToString();
    }

    private async Task TypeAsync(int agent)
    {
        var session = sessions[agent];
        foreach (var t in chains[agent])
        {
            var transaction = trace.Transactions[t];
            while (true)
            {
                var next = Volatile.Read(ref changed).Task;
                if (HasSeenParents(session, transaction))
                {
                    break;
                }
                await next.WaitAsync(Eventually.Timeout);
            }
            var done = Apply(session, transaction);
            Volatile.Write(ref committed[t], done);
            _ = done.ContinueWith(_ => Pulse(), TaskScheduler.Default);
        }
    }

    private bool HasSeenParents(DraftSession session, TraceTransaction transaction)
    {
        var version = session.Version;
        for (var other = 0; other < trace.Agents; other++)
        {
            if (other == transaction.Agent || transaction.Seen[other] == 0)
            {
                continue;
            }
            var needed = Volatile.Read(ref committed[chains[other][transaction.Seen[other] - 1]]);
            if (needed is not { IsCompletedSuccessfully: true } || needed.Result > version)
            {
                return false;
            }
        }
        return true;
    }

    private Task<long> Apply(DraftSession session, TraceTransaction transaction)
    {
        var mirror = mirrors[transaction.Agent];
        Task<long>? last = null;
        foreach (var patch in transaction.Patches)
        {
            if (patch.Deleted.Length > 0)
            {
                last = session.Edit(() => DeleteOp(mirror, patch.Deleted));
            }
            if (patch.Inserted.Length > 0)
            {
                last = session.Edit(() => InsertOp(mirror, patch.Inserted));
            }
        }
        return last ?? Task.FromResult(session.Version);
    }

    /// <summary>Deletes those of <paramref name="ids"/> still in the text (someone may have deleted them concurrently).</summary>
    private static TextOp? DeleteOp(IdentityMirror mirror, int[] ids)
    {
        var positions = ids.Where(mirror.Holds).Select(mirror.PositionOf).Order().ToList();
        if (positions.Count == 0)
        {
            return null;
        }
        var components = new List<OpComponent>();
        var retained = 0;
        foreach (var position in positions)
        {
            if (position > retained)
            {
                components.Add(OpComponent.Retain(position - retained));
            }
            components.Add(OpComponent.DeleteCount(1));
            retained = position + 1;
        }
        foreach (var id in ids)
        {
            mirror.Remove(id);
        }
        return TextType.Normalize(new TextOp(components));
    }

    /// <summary>Inserts <paramref name="ids"/> after every held character that comes before them in the final order.</summary>
    private static TextOp InsertOp(IdentityMirror mirror, int[] ids)
    {
        var position = mirror.PositionOf(ids[0]);
        foreach (var id in ids)
        {
            mirror.Add(id);
        }
        var inserted = string.Concat(ids.Select(id => char.ConvertFromUtf32(id + FirstIdentity)));
        return new TextOp(position == 0 ? [OpComponent.Insert(inserted)] : [OpComponent.Retain(position), OpComponent.Insert(inserted)]);
    }

    private void Pulse() => Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
