using System.Collections.Concurrent;
using System.Text;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Server.Editing;

/// <summary>
/// The in-memory head of one statement in this process: its text in a live buffer, its version, and the
/// recent ops that incoming submissions are transformed against. Only the holder of <see cref="Gate"/> reads
/// or changes it.
/// </summary>
internal sealed class LiveDocument(Guid statementId, LiveText text, long version, long byteLength)
{
    private readonly List<CommittedOp> recent = [];
    private readonly Lock useGate = new();
    private int users;
    private bool retired;
    private long lastUsed;
    private readonly Dictionary<string, long> lastSeqByClient = new(StringComparer.Ordinal);

    public Guid StatementId { get; } = statementId;

    /// <summary>One writer per statement per process.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public LiveText Text { get; } = text;

    public long Version { get; private set; } = version;

    /// <summary>UTF-8 length of the text, kept so that the size limit costs nothing per keystroke.</summary>
    public long ByteLength { get; private set; } = byteLength;

    /// <summary>The oldest base version whose following ops are all held in memory.</summary>
    public long OldestRecentBase => Version - recent.Count;

    /// <summary>True when this client already submitted <paramref name="seq"/> or a later one here.</summary>
    public bool HasSeen(string clientId, long seq) => lastSeqByClient.TryGetValue(clientId, out var last) && seq <= last;

    /// <summary>The committed ops after <paramref name="baseVersion"/>, which must be ≥ <see cref="OldestRecentBase"/>.</summary>
    public IEnumerable<CommittedOp> OpsAfter(long baseVersion)
    {
        for (var i = (int)(baseVersion - OldestRecentBase); i < recent.Count; i++)
        {
            yield return recent[i];
        }
    }

    /// <summary>The listeners' notification of the latest committed group; the next one runs after it.</summary>
    public Task Notified { get; set; } = Task.CompletedTask;

    /// <summary>Submissions waiting for the holder of <see cref="Gate"/> to commit them as a group.</summary>
    public ConcurrentQueue<PendingSubmission> Queue { get; } = new();

    /// <summary>
    /// Counts a use that has begun (see <see cref="DraftEditor"/>'s lease); false once the document was retired, when
    /// the caller must open the statement again.
    /// </summary>
    public bool TryUse()
    {
        lock (useGate)
        {
            if (retired)
            {
                return false;
            }
            users++;
            return true;
        }
    }

    /// <summary>Ends a use begun by <see cref="TryUse"/>, at <paramref name="timestamp"/>.</summary>
    public void EndUse(long timestamp)
    {
        lock (useGate)
        {
            users--;
            lastUsed = timestamp;
        }
    }

    /// <summary>True when nobody uses the document, nothing waits in it, and its last use is at least <paramref name="idleFor"/> ago.</summary>
    public bool IsIdle(long now, TimeSpan idleFor, long timestampFrequency)
    {
        lock (useGate)
        {
            return IsIdleLocked(now, idleFor, timestampFrequency);
        }
    }

    private bool IsIdleLocked(long now, TimeSpan idleFor, long timestampFrequency) =>
        users == 0 && Queue.IsEmpty && Notified.IsCompleted && now - lastUsed >= idleFor.TotalSeconds * timestampFrequency;

    /// <summary>Retires the document if it is idle (checked and done atomically); no use can begin after that.</summary>
    public bool TryRetire(long now, TimeSpan idleFor, long timestampFrequency)
    {
        lock (useGate)
        {
            if (!IsIdleLocked(now, idleFor, timestampFrequency))
            {
                return false;
            }
            retired = true;
            return true;
        }
    }

    /// <summary>Applies an op another process committed, at the next version.</summary>
    public void Apply(CommittedOp op, int recentCapacity)
    {
        Text.Apply(op.Op);
        Record(op, recentCapacity);
    }

    /// <summary>Records a committed op whose change the live text already holds.</summary>
    public void Record(CommittedOp op, int recentCapacity)
    {
        Version = op.Version;
        ByteLength += Utf8Delta(op.Op);
        lastSeqByClient[op.ClientId] = Math.Max(op.Seq, lastSeqByClient.GetValueOrDefault(op.ClientId));
        recent.Add(op);
        if (recent.Count > recentCapacity)
        {
            // Drop the older half at once so trimming stays amortised O(1) per op.
            recent.RemoveRange(0, recent.Count - recentCapacity / 2);
        }
    }

    /// <summary>How many UTF-8 bytes <paramref name="op"/> adds (negative when it removes more).</summary>
    public static long Utf8Delta(TextOp op)
    {
        long delta = 0;
        foreach (var c in op.Components)
        {
            if (c.Kind == OpComponentKind.Insert)
            {
                delta += Encoding.UTF8.GetByteCount(c.Text!);
            }
            else if (c.Kind == OpComponentKind.Delete)
            {
                delta -= Encoding.UTF8.GetByteCount(c.Text!);
            }
        }
        return delta;
    }
}
