using System.Threading.RateLimiting;
using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

using CoDraft.Server.Partnerships;

namespace CoDraft.Server.Extensions;

/// <summary>Wires sign-in, sessions, tokens, anti-forgery, rate limits, CORS and security headers.</summary>
public static class AuthExtensions
{
    /// <summary>The log category of ASP.NET Core's per-request lines.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>The CORS policy built from <see cref="CodraftCorsOptions"/>.</summary>
    public const string CorsPolicy = "configured-origins";

    /// <summary>Registers authentication (cookie + access token behind one default scheme) and everything around it.</summary>
    public static IServiceCollection AddCoDraftAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        // The request start and finish lines carry the query string, and with it a hub client's access_token; they
        // stay off whatever the configuration says, as a rule added after the configuration's own.
        services.AddLogging(logging => logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning));
        services.AddHttpContextAccessor();
        services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<PrincipalFactory>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccessTokenService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AccessChanges>();
        services.AddSingleton<StatementGuard>();
        services.AddSingleton<SetupToken>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<FirstRunSetup>(sp, Console.Out));
        services.AddScoped<CookieSessionEvents>();
        services.AddScoped<ICurrentPerson>(sp => SignedInPerson.From(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? throw new InvalidOperationException("No request is being served.")));

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or access token", o =>
                o.ForwardDefaultSelector = context => AccessTokenHandler.CarriesToken(context.Request) ? AuthSchemes.Token : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthSchemes.CookiePrefix(auth.CookieSecurePolicy) + AuthSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = auth.CookieSecurePolicy;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = "/";
                o.ExpireTimeSpan = TimeSpan.FromHours(auth.SessionHours);
                o.SlidingExpiration = true;
                o.EventsType = typeof(CookieSessionEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.Token, null);

        // Closed by default: an endpoint is open to anonymous callers only when it says so (AllowAnonymous).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(AuthSchemes.Default).RequireAuthenticatedUser().Build());

        services.AddAntiforgery(o =>
        {
            o.HeaderName = AuthSchemes.AntiforgeryHeader;
            o.Cookie.Name = AuthSchemes.CookiePrefix(auth.CookieSecurePolicy) + AuthSchemes.AntiforgeryCookieName;
            o.Cookie.SecurePolicy = auth.CookieSecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInThrottle.SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInPerIpPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Detail = "Too many attempts from this address; wait a minute.", Extensions = { ["code"] = ErrorCodes.RateLimited } },
                });
            };
        });

        var origins = configuration.GetSection(CodraftCorsOptions.Section).Get<CodraftCorsOptions>()?.AllowedOrigins ?? [];
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithHeaders("Authorization", "Content-Type").AllowAnyMethod();
            }
        }));
        return services;
    }

    /// <summary>The security middleware, in order: CORS, unmatched routes, authentication, anti-forgery, rate limits, authorization.</summary>
    public static WebApplication UseCoDraftAuth(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        // After CORS (which answers preflights itself), before authorization: an unknown path is 404 for everyone.
        app.UseMiddleware<UnmatchedRoutes>();
        app.UseAuthentication();
        app.UseMiddleware<CookieAntiforgery>();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Adds the stable <c>code</c> to the Problem Details of answers made without one (401 and 403 from authorization, bare 400, 404, 405, 413 and 415).</summary>
    public static void AddCodeToBareProblems(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Extensions.ContainsKey("code"))
        {
            return;
        }
        var code = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => ErrorCodes.AuthRequired,
            StatusCodes.Status403Forbidden => ErrorCodes.AccessForbidden,
            StatusCodes.Status404NotFound => ErrorCodes.RouteNotFound,
            StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
            StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
            StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
            StatusCodes.Status400BadRequest => ErrorCodes.InvalidRequest,
            _ => null,
        };
        if (code is not null)
        {
            context.ProblemDetails.Extensions["code"] = code;
            context.ProblemDetails.Detail ??= code switch
            {
                ErrorCodes.AuthRequired => "Sign in first: this needs a session or an access token.",
                ErrorCodes.AccessForbidden => "You may not do this.",
                ErrorCodes.RouteNotFound => "Nothing is at this address.",
                ErrorCodes.MethodNotAllowed => "This method is not allowed here; the Allow header lists what is.",
                ErrorCodes.RequestTooLarge => "The request body is larger than the server accepts.",
                ErrorCodes.UnsupportedMediaType => "The body's media type is not one this route reads (application/json).",
                _ => "The request is malformed.",
            };
        }
    }
}
