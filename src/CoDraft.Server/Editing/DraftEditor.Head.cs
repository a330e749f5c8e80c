namespace CoDraft.Server.Editing;

/// <summary>Work that needs the current text and nothing committing meanwhile, such as checking review anchors.</summary>
public sealed partial class DraftEditor
{
    /// <summary>
    /// Runs <paramref name="work"/> on the statement's current text while holding its gate: no op commits in this
    /// process until it returns, and every listener has been told of every op up to <see cref="HeadView.Version"/>.
    /// Keep the work short (it holds up typists), and do not submit from inside it: the gate is not re-entrant.
    /// </summary>
    public async Task<T> WithHeadAsync<T>(Guid statementId, Func<HeadView, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var lease = await OpenAsync(statementId, cancellationToken);
        var doc = lease.Document;
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAndSettleLockedAsync(doc, cancellationToken);
            return await work(new HeadView(doc, store, ct => CatchUpAndSettleLockedAsync(doc, ct)));
        }
        finally
        {
            doc.Gate.Release();
        }
    }
}
