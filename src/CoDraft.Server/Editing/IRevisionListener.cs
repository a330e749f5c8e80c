using CoDraft.Core.Storage;

namespace CoDraft.Server.Editing;

/// <summary>Told of every revision once it is stored (the audit trail summarises the text changes it closes).</summary>
public interface IRevisionListener
{
    /// <summary>Called after <paramref name="revision"/> and its snapshot are stored.</summary>
    ValueTask OnRevisionAsync(Revision revision, CancellationToken cancellationToken);
}
