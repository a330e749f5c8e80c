using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>A statement's head as seen inside <see cref="DraftEditor.WithHeadAsync{T}"/>; valid only until that work returns.</summary>
public sealed class HeadView
{
    private readonly LiveDocument doc;
    private readonly IDraftStore store;
    private string? text;

    internal HeadView(LiveDocument doc, IDraftStore store)
    {
        this.doc = doc;
        this.store = store;
    }

    /// <summary>The statement.</summary>
    public Guid StatementId => doc.StatementId;

    /// <summary>The current version.</summary>
    public long Version => doc.Version;

    /// <summary>The current text (materialised once, on first use).</summary>
    public string Text => text ??= doc.Text.ToString();

    /// <summary>The committed ops after <paramref name="version"/> up to <see cref="Version"/>, from memory when it still holds them.</summary>
    public async Task<IReadOnlyList<CommittedOp>> OpsAfterAsync(long version, CancellationToken cancellationToken = default) =>
        version >= doc.Version
            ? []
            : version >= doc.OldestRecentBase
                ? doc.OpsAfter(version).ToList()
                : await store.ReadOpsAsync(doc.StatementId, version, doc.Version, cancellationToken);
}
