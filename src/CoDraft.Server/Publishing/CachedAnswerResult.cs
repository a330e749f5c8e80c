using Microsoft.Net.Http.Headers;

namespace CoDraft.Server.Publishing;

/// <summary>
/// Writes a <see cref="CachedAnswer"/>: 304 with no body when the request's If-None-Match names it, else the bytes in
/// the best encoding the client accepts (Brotli, then gzip, else none), each encoding with its own strong entity tag.
/// </summary>
public sealed class CachedAnswerResult(CachedAnswer answer) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var (body, coding, tag) = Choose(request);
        var headers = response.Headers;
        headers.ETag = tag;
        headers.CacheControl = answer.CacheControl;
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
        if (answer.Disposition is not null)
        {
            headers.ContentDisposition = answer.Disposition;
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    private (byte[] Body, string? Coding, string Tag) Choose(HttpRequest request)
    {
        if (request.Headers.AcceptEncoding.Count == 0)
        {
            return (answer.Identity, null, answer.Tag);
        }
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (answer.Brotli is { } brotli && Accepts(accepted, "br"))
        {
            return (brotli, "br", answer.BrotliTag);
        }
        if (answer.Gzip is { } gzip && Accepts(accepted, "gzip"))
        {
            return (gzip, "gzip", answer.GzipTag);
        }
        return (answer.Identity, null, answer.Tag);
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
                if (tag.StartsWith(answer.Hash, StringComparison.Ordinal) && tag[answer.Hash.Length..] is "" or "-br" or "-gz")
                {
                    return true;
                }
            }
        }
        return false;
    }
}
