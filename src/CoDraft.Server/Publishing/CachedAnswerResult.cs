using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoDraft.Server.Publishing;

/// <summary>
/// Writes a <see cref="CachedAnswer"/>: 304 with no body when the request's If-None-Match names it, else the bytes in
/// the best encoding the client accepts (Brotli, then gzip, else none), each encoding with its own strong entity tag.
/// </summary>
public sealed class CachedAnswerResult(CachedAnswer answer) : IResult
{
    /// <summary>
    /// How long, in seconds, a browser or proxy may keep showing an answer past its max-age while it asks again in the
    /// background: a busy page stays fast on publication day without hiding a change for long.
    /// </summary>
    public const int StaleWhileRevalidateSeconds = 60;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var (body, coding, suffix) = Choose(request);
        var headers = response.Headers;
        var maxAge = Math.Max(0, httpContext.RequestServices.GetRequiredService<IOptions<PublicationOptions>>().Value.BrowserMaxAgeSeconds);
        headers.ETag = $"\"{answer.ETag}{suffix}\"";
        headers.CacheControl = $"public, max-age={maxAge}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (Matches(request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = answer.ContentType;
        if (coding is not null)
        {
            headers.ContentEncoding = coding;
        }
        if (answer.FileName is not null)
        {
            headers.ContentDisposition = $"attachment; filename=\"{answer.FileName}\"";
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    private (byte[] Body, string? Coding, string Suffix) Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (answer.Brotli is { } brotli && Accepts(accepted, "br"))
        {
            return (brotli, "br", "-br");
        }
        if (answer.Gzip is { } gzip && Accepts(accepted, "gzip"))
        {
            return (gzip, "gzip", "-gz");
        }
        return (answer.Identity, null, "");
    }

    private static bool Accepts(IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> accepted, string coding) =>
        accepted.Any(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    /// <summary>
    /// If-None-Match compares weakly (RFC 9110 13.1.2): a tag of this content in any encoding, or *, is a match,
    /// since all of them stand for the same bytes once decoded.
    /// </summary>
    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var raw in (value ?? "").Split(','))
            {
                var tag = raw.Trim();
                if (tag == "*")
                {
                    return true;
                }
                if (tag.StartsWith("W/", StringComparison.Ordinal))
                {
                    tag = tag[2..];
                }
                tag = tag.Trim('"');
                if (tag == answer.ETag || tag == answer.ETag + "-br" || tag == answer.ETag + "-gz")
                {
                    return true;
                }
            }
        }
        return false;
    }
}
