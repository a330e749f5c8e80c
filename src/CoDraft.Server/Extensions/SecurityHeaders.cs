namespace CoDraft.Server.Extensions;

/// <summary>
/// Headers on every answer: no MIME sniffing, no framing, no referrer, and a Content Security Policy that lets the
/// web client load only its own scripts and connections. Inline styles are allowed because the editor (CodeMirror)
/// injects its style sheets and positions remote cursors with style attributes; scripts stay strictly 'self'.
/// The API reference page (Scalar) needs inline
/// scripts and styles, so it gets a looser policy of its own. The public pages under /p, rendered on the server, get a
/// stricter one: styles only from the server's files, and the one inline sheet of the HTML export, by its hash.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy for everything the server serves, the web client included.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy of the API reference page, which runs inline scripts and loads its fonts from its CDN.</summary>
    public const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https:; " +
        "img-src 'self' data: https:; font-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the public pages: no inline style but the public style sheet itself (the standalone HTML export
    /// writes it inside the page), allowed by its SHA-256.
    /// </summary>
    public static readonly string PublicPagePolicy =
        $"default-src 'self'; script-src 'self'; style-src 'self' {Publishing.PublicationStyles.Sheet.InlinePolicySource}; img-src 'self' data: https:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The path of the public pages.</summary>
    public const string PublicPath = "/p";

    /// <summary>The path of the API reference page.</summary>
    public const string ReferencePath = "/api-reference";

    /// <summary>
    /// Adds the headers as the answer starts, then passes the request on. Set when the answer starts (not now)
    /// because the exception handler clears the headers of a failed request before it writes the 500.
    /// </summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            var path = http.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments(ReferencePath) ? ReferencePagePolicy
                : path.StartsWithSegments(PublicPath) ? PublicPagePolicy
                : ContentSecurityPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
