using Microsoft.Net.Http.Headers;

namespace CoDraft.Server.Publishing;

/// <summary>
/// Answers a plain GET of a cached public read straight from <see cref="PublicCache"/>, early in the pipeline, so a
/// hit costs no authentication, anti-forgery or endpoint work: those routes are anonymous GETs. Requests with a query
/// string (the page's "thank you" variant, a bad parameter to refuse) or an Origin (CORS answers those) take the
/// ordinary path, as does every miss, which the endpoint renders and fills.
/// </summary>
public sealed class ServeFromPublicCache(RequestDelegate next, PublicCache cache)
{
    /// <summary>Serves a fresh cached answer, or passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && !request.QueryString.HasValue && !request.Headers.ContainsKey(HeaderNames.Origin)
            && context.GetEndpoint()?.Metadata.GetMetadata<PublicCacheable>() is not null
            && cache.Fresh(PublicCache.KeyOf(request)) is { } answer)
        {
            return new CachedAnswerResult(answer).ExecuteAsync(context);
        }
        return next(context);
    }
}
