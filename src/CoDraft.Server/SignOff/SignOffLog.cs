namespace CoDraft.Server.SignOff;

internal static partial class SignOffLog
{
    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Could not send the sign-off change of statement {StatementId} to its participants")]
    public static partial void BroadcastFailed(ILogger logger, Guid statementId, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Could not move the approved statement {StatementId} back to review after an edit at version {Version}")]
    public static partial void ReopenFailed(ILogger logger, Guid statementId, long version, Exception exception);
}
