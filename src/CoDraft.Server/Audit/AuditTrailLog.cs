namespace CoDraft.Server.Audit;

internal static partial class AuditTrailLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Could not record the audit entry {Action} of statement {StatementId}")]
    public static partial void AuditFailed(ILogger logger, Guid statementId, string action, Exception exception);
}
