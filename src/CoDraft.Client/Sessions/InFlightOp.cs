using CoDraft.Core.Text;

namespace CoDraft.Client.Sessions;

/// <summary>The one submission a session has out: its seq, its op as transformed so far, and who waits for it.</summary>
internal sealed class InFlightOp(long seq, TextOp op, List<TaskCompletionSource<long>> waiters)
{
    public long Seq { get; } = seq;

    /// <summary>The op against the session's current version: transformed past every op applied since it was made.</summary>
    public TextOp Op { get; set; } = op;

    public List<TaskCompletionSource<long>> Waiters { get; } = waiters;

    /// <summary>The connection it was last submitted on; null when it still has to be (re)submitted.</summary>
    public long? SentOnConnection { get; set; }

    /// <summary>
    /// The version the server's reply named. Once the session reaches it without the echo, the op had become a
    /// no-op on the server (nothing committed, nothing broadcast).
    /// </summary>
    public long? ReplyVersion { get; set; }
}
