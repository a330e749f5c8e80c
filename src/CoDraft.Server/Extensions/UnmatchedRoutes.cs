using CoDraft.Core.Errors;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Answers a request that no route takes with a stable code, before authorization (so an anonymous caller of an
/// unknown path gets 404, not 401): 404 <see cref="ErrorCodes.RouteNotFound"/> when no route has the path (an unknown
/// path, or an id or version of the wrong form), 405 <see cref="ErrorCodes.MethodNotAllowed"/> with <c>Allow</c> when
/// routes have it for other methods, 415 <see cref="ErrorCodes.UnsupportedMediaType"/> when a route has the path and
/// method but not the body's media type. The /api and /hubs fallbacks (which keep those paths from the web client's
/// page) count as no route, as do ASP.NET Core's own 405 and 415 endpoints.
/// </summary>
public sealed class UnmatchedRoutes(RequestDelegate next, EndpointDataSource endpoints, IInlineConstraintResolver constraints, IProblemDetailsService problems)
{
    /// <summary>The display name of the fallbacks that keep /api and /hubs paths from the web client's page.</summary>
    public const string FallbackName = "CoDraft unmatched route";

    // ASP.NET Core's names for the endpoints its matcher policies make when only the method or media type is wrong.
    private const string MethodRejection = "405 HTTP Method Not Supported";
    private const string MediaTypeRejection = "415 HTTP Unsupported Media Type";

    private readonly Lazy<IReadOnlyList<Route>> routes = new(() => Load(endpoints, constraints));

    /// <summary>Answers unmatched requests; passes every other one on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null && endpoint.DisplayName is not (FallbackName or MethodRejection or MediaTypeRejection))
        {
            await next(context);
            return;
        }
        var methods = MethodsFor(context);
        var method = context.Request.Method;
        if (methods.Count == 0)
        {
            await RefuseAsync(context, StatusCodes.Status404NotFound, ErrorCodes.RouteNotFound, "Nothing is at this address.");
        }
        else if (!methods.Contains(method) && !methods.Contains("*"))
        {
            context.Response.Headers.Allow = string.Join(", ", methods.Order(StringComparer.Ordinal));
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"{context.Request.Method} is not allowed here; the Allow header lists what is.");
        }
        else
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "The body's media type is not one this route reads (application/json).");
        }
    }

    private HashSet<string> MethodsFor(HttpContext context)
    {
        var methods = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes.Value)
        {
            var values = new RouteValueDictionary();
            if (route.Matcher.TryMatch(context.Request.Path, values) &&
                route.Constraints.All(c => c.Constraint.Match(context, null, c.Parameter, values, RouteDirection.IncomingRequest)))
            {
                methods.UnionWith(route.Methods);
            }
        }
        return methods;
    }

    private async Task RefuseAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        });
    }

    private static List<Route> Load(EndpointDataSource source, IInlineConstraintResolver resolver)
    {
        var list = new List<Route>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            // Fallbacks take every path; they are what this middleware stands in for.
            if (endpoint.Order == int.MaxValue || endpoint.DisplayName == FallbackName)
            {
                continue;
            }
            var pattern = endpoint.RoutePattern;
            var constraintList = new List<(string, IRouteConstraint)>();
            foreach (var (parameter, policies) in pattern.ParameterPolicies)
            {
                foreach (var policy in policies)
                {
                    if ((policy.ParameterPolicy as IRouteConstraint ?? (policy.Content is { } content ? resolver.ResolveConstraint(content) : null)) is { } constraint)
                    {
                        constraintList.Add((parameter, constraint));
                    }
                }
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            list.Add(new Route(new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults)), constraintList, methods));
        }
        return list;
    }

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<(string Parameter, IRouteConstraint Constraint)> Constraints, IReadOnlyList<string> Methods);
}
