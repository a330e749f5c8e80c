using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>A statement's head as seen inside <see cref="DraftEditor.WithHeadAsync{T}"/>; valid only until that work returns.</summary>
public sealed class HeadView
{
    private readonly LiveDocument doc;
    private readonly IOpLog store;
    private readonly Func<CancellationToken, Task> catchUp;
    private string? text;

    internal HeadView(LiveDocument doc, IOpLog store, Func<CancellationToken, Task> catchUp)
    {
        this.doc = doc;
        this.store = store;
        this.catchUp = catchUp;
    }

    /// <summary>The statement.</summary>
    public Guid StatementId => doc.StatementId;

    /// <summary>The current version.</summary>
    public long Version => doc.Version;

    /// <summary>The current text (materialised once, on first use).</summary>
    public string Text => text ??= doc.Text.ToString();

    /// <summary>
    /// Applies what other processes committed since the head was read (telling the listeners), for when something
    /// read from the store turns out to be newer than <see cref="Version"/>.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var before = doc.Version;
        await catchUp(cancellationToken);
        if (doc.Version != before)
        {
            text = null;
        }
    }

    /// <summary>The committed ops after <paramref name="version"/> up to <see cref="Version"/>, from memory when it still holds them.</summary>
    public async Task<IReadOnlyList<CommittedOp>> OpsAfterAsync(long version, CancellationToken cancellationToken = default) =>
        version >= doc.Version
            ? []
            : version >= doc.OldestRecentBase
                ? doc.OpsAfter(version).ToList()
                : await store.ReadOpsAsync(doc.StatementId, version, doc.Version, cancellationToken);
}
