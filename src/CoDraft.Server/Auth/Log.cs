namespace CoDraft.Server.Auth;

/// <summary>
/// Source-generated log messages of accounts and sign-in. They name people by id only: never a password, a token,
/// a hash, or the email typed at sign-in (people type their password into the email field).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Failed sign-in for person {PersonId} ({Failures} in a row)")]
    public static partial void SignInFailed(ILogger logger, Guid personId, int failures);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Failed sign-in for an email that matches no one")]
    public static partial void SignInUnknown(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Person {PersonId} is locked out until {Until}")]
    public static partial void LockedOut(ILogger logger, Guid personId, DateTimeOffset until);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Person {PersonId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid personId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Person {PersonId} changed their password")]
    public static partial void PasswordChanged(ILogger logger, Guid personId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Person {PersonId} created access token {TokenId}")]
    public static partial void TokenCreated(ILogger logger, Guid personId, Guid tokenId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Person {PersonId} revoked access token {TokenId}")]
    public static partial void TokenRevoked(ILogger logger, Guid personId, Guid tokenId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Administrator {PersonId} was created")]
    public static partial void AdministratorCreated(ILogger logger, Guid personId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Invitation {InvitationId} was accepted by person {PersonId}")]
    public static partial void InvitationAccepted(ILogger logger, Guid invitationId, Guid personId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "No administrator exists yet: the one-time setup token was printed to the console")]
    public static partial void SetupTokenIssued(ILogger logger);
}
