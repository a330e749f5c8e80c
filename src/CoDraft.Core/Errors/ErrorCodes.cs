namespace CoDraft.Core.Errors;

/// <summary>Every stable error code CoDraft returns, in one place (documented in docs/errors.md).</summary>
public static class ErrorCodes
{
    /// <summary>The request body or a parameter is malformed or fails validation.</summary>
    public const string InvalidRequest = "request.invalid";
    /// <summary>No statement with that id is visible to the caller.</summary>
    public const string StatementNotFound = "statement.not_found";
    /// <summary>The statement has no such version.</summary>
    public const string VersionNotFound = "version.not_found";
    /// <summary>The change was based on a version that is no longer the current one.</summary>
    public const string VersionStale = "version.stale";
    /// <summary>The base version is newer than the statement's current version.</summary>
    public const string VersionInFuture = "version.future";
    /// <summary>The base version is older than the history the server transforms against.</summary>
    public const string VersionTooOld = "version.too_old";
    /// <summary>The text would be larger than the configured maximum.</summary>
    public const string TextTooLarge = "text.too_large";
    /// <summary>The text contains a lone UTF-16 surrogate.</summary>
    public const string TextInvalid = "text.invalid_utf16";
    /// <summary>Other writers kept committing first; the change was not applied and may be retried.</summary>
    public const string StoreContention = "store.contention";
    /// <summary>A live-editing call for a statement the connection has not joined.</summary>
    public const string NotJoined = "statement.not_joined";
    /// <summary>More submissions per second than the per-connection limit.</summary>
    public const string RateLimited = "rate.limited";
}
