namespace CoDraft.Server.Review;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Could not write the anchors of statement {StatementId} at version {Version}; they will be recomputed from the op log")]
    public static partial void AnchorsNotSaved(ILogger logger, Guid statementId, long version, Exception error);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Could not broadcast the review change '{Change}' of statement {StatementId}")]
    public static partial void BroadcastFailed(ILogger logger, Guid statementId, string change, Exception error);
}
