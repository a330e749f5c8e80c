namespace CoDraft.Server.Editing;

/// <summary>
/// A use of a statement's live document: while one is held, the document is not evicted (see
/// <see cref="DraftEditor.EvictIdleAsync"/>). Disposing it ends the use and notes when.
/// </summary>
internal readonly struct DocumentLease(LiveDocument document, TimeProvider clock) : IDisposable
{
    public LiveDocument Document { get; } = document;

    public void Dispose() => Document.EndUse(clock.GetTimestamp());
}
