namespace CoDraft.Server.Editing;

/// <summary>Source-generated log messages of the editing path.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Version {Version} of statement {StatementId} was taken by another writer (attempt {Attempt}); catching up")]
    public static partial void CommitConflict(ILogger logger, Guid statementId, long version, int attempt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Automatic revision of statement {StatementId} at version {Version} failed")]
    public static partial void AutomaticRevisionFailed(ILogger logger, Guid statementId, long version, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Listener {Listener} failed on version {Version} of statement {StatementId}")]
    public static partial void ListenerFailed(ILogger logger, string listener, Guid statementId, long version, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Snapshot of statement {StatementId} at version {Version} failed")]
    public static partial void SnapshotFailed(ILogger logger, Guid statementId, long version, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Statement {StatementId} at version {Version} was idle and left memory")]
    public static partial void Evicted(ILogger logger, Guid statementId, long version);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "A pass evicting idle statements failed")]
    public static partial void EvictionFailed(ILogger logger, Exception exception);
}
