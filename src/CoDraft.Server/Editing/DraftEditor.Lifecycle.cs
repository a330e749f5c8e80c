using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;

namespace CoDraft.Server.Editing;

/// <summary>
/// Where the lifecycle meets the editing path: a statement whose state closes its text (Published, Closed) takes no
/// more changes from any path, and publishing reads and checks the head while no edit of this process can commit.
/// </summary>
public sealed partial class DraftEditor
{
    /// <summary>
    /// Runs <paramref name="work"/> on the current text and version while no change of the statement commits in this
    /// process: what <paramref name="work"/> checks about the head stays true until it returns. Other processes are
    /// held off by the store's own checks (see <c>IPublicationStore.PublishAsync</c>).
    /// </summary>
    public async Task<T> WithHeadLockedAsync<T>(Guid statementId, Func<string, long, Task<T>> work, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(statementId, cancellationToken);
        var doc = lease.Document;
        await doc.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAndSettleLockedAsync(doc, cancellationToken);
            return await work(doc.Text.ToString(), doc.Version);
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    /// <summary>The refusal for changes to a statement whose text is closed, or null while it is open.</summary>
    private async Task<CoDraftException?> TextClosedAsync(Guid statementId)
    {
        var state = (await lifecycle.FindLifecycleAsync(statementId)).State;
        return Lifecycle.TextIsOpen(state)
            ? null
            : new CoDraftException(ErrorCodes.TextClosed, $"The statement is {state.ToString().ToLowerInvariant()}: its text no longer changes.");
    }
}
