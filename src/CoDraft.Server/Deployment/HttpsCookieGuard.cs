using CoDraft.Core.Errors;
using CoDraft.Server.Auth;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Deployment;

/// <summary>
/// Refuses the flows that set or need the session or anti-forgery cookie when they come over plain http while those
/// cookies are Secure (<c>Auth:CookieSecurePolicy=Always</c>): the browser would drop the cookie, and ASP.NET Core's
/// anti-forgery throws on such a request, which used to surface as a bare 500 after the account was already made.
/// Refusing here, before any handler runs, changes nothing and names the fix.
/// </summary>
public sealed class HttpsCookieGuard(RequestDelegate next, IOptions<AuthOptions> auth)
{
    /// <summary>What the refusal says; it names both fixes an operator can apply.</summary>
    public const string Detail =
        "Signing in needs https: this server's cookies are Secure (Auth:CookieSecurePolicy=Always), and this request came over plain http. " +
        "Open CoDraft at its https:// address. If a proxy terminates TLS in front of it, list that proxy in Proxy:KnownProxies or " +
        "Proxy:KnownNetworks so the server believes its X-Forwarded-Proto (README, \"Deploy\").";

    /// <summary>The routes that set, use or clear the session or anti-forgery cookie.</summary>
    private static readonly PathString[] CookieFlows =
    [
        "/api/auth/sign-in", "/api/auth/sign-out", "/api/auth/password", "/api/auth/setup", "/api/auth/antiforgery",
        "/api/invitations/accept",
    ];

    private readonly bool secureCookies = auth.Value.CookieSecurePolicy == CookieSecurePolicy.Always;

    /// <summary>Refuses a cookie flow over plain http, or passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (secureCookies && !context.Request.IsHttps && IsCookieFlow(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "https required",
                    Detail = Detail,
                    Extensions = { ["code"] = ErrorCodes.HttpsRequired },
                },
            });
            return;
        }
        await next(context);
    }

    private static bool IsCookieFlow(PathString path)
    {
        foreach (var flow in CookieFlows)
        {
            if (path.Equals(flow, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
