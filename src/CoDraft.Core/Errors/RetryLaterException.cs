namespace CoDraft.Core.Errors;

/// <summary>A refusal for now (a rate limit or a lock-out) that says when to try again; answered with <c>Retry-After</c>.</summary>
public sealed class RetryLaterException(string code, string message, TimeSpan retryAfter) : CoDraftException(code, message)
{
    /// <summary>How long to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
