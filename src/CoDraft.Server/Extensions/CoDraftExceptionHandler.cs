using CoDraft.Core.Errors;
using CoDraft.Server.Editing;
using Microsoft.AspNetCore.Diagnostics;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Maps every refusal to RFC 9457 Problem Details with a stable <c>code</c> extension, in one place.
/// Anything else is left to the default handler (a 500 without details).
/// </summary>
public sealed class CoDraftExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            CoDraftException e => (StatusFor(e.Code), e.Code, e.Message),
            BadHttpRequestException e when HasLoneSurrogate(e) => (StatusCodes.Status400BadRequest, ErrorCodes.TextInvalid, "A text contains a lone UTF-16 surrogate."),
            BadHttpRequestException e => (e.StatusCode, ErrorCodes.InvalidRequest, "The request is malformed: " + e.Message),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        };
        if (exception is StaleVersionException stale)
        {
            context.ProblemDetails.Extensions["currentVersion"] = stale.CurrentVersion;
        }
        return await problemDetails.TryWriteAsync(context);
    }

    // System.Text.Json refuses a lone surrogate escape (\ud800) while reading the body, before any handler runs;
    // its only mark is the reader's message, which the lone-surrogate API test pins down.
    private static bool HasLoneSurrogate(Exception e) =>
        e.InnerException is System.Text.Json.JsonException { InnerException: InvalidOperationException inner } &&
        inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase);

    private static int StatusFor(string code) => code switch
    {
        ErrorCodes.StatementNotFound or ErrorCodes.VersionNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.VersionStale => StatusCodes.Status409Conflict,
        ErrorCodes.TextTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.StoreContention => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
