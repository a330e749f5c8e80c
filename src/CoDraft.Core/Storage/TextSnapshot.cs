namespace CoDraft.Core.Storage;

/// <summary>The full text of a statement at one version, so that reading it need not replay the whole log.</summary>
public sealed record TextSnapshot(Guid StatementId, long Version, string Text);
