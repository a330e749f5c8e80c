using CoDraft.Core.Errors;
using Microsoft.AspNetCore.Antiforgery;

namespace CoDraft.Server.Auth;

/// <summary>
/// Refuses a state-changing request authenticated by the session cookie unless it carries the anti-forgery token
/// in <see cref="AuthSchemes.AntiforgeryHeader"/>. Bearer-token requests are exempt: a browser never adds a token
/// on its own, so another site cannot forge one. The hub path is exempt too: its WebSocket handshake is a GET,
/// negotiation changes nothing, and the SameSite=Strict cookie is not sent from other sites.
/// </summary>
public sealed class CookieAntiforgery(RequestDelegate next)
{
    /// <summary>Checks the request, then passes it on.</summary>
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        var request = context.Request;
        if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie } &&
            !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)) &&
            !request.Path.StartsWithSegments(LiveConnectionPath.Value) &&
            // The public side acts on nobody's authority (a sign-on is anonymous whoever sends it), so there is nothing to forge.
            !request.Path.StartsWithSegments("/p") && !request.Path.StartsWithSegments("/api/public") &&
            !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Detail = $"Send the anti-forgery token from GET /api/auth/antiforgery in the {AuthSchemes.AntiforgeryHeader} header.",
                    Extensions = { ["code"] = ErrorCodes.AntiforgeryInvalid },
                },
            });
            return;
        }
        await next(context);
    }
}
