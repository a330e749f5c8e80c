using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>
/// Checks the caller's role on the statement named by the route's <c>{id}</c> before the handler runs, and keeps
/// the <see cref="StatementCaller"/> in <see cref="HttpContext.Items"/> for it.
/// </summary>
public sealed class StatementPermissionFilter(StatementAction action) : IEndpointFilter
{
    /// <summary>The route value that names the statement.</summary>
    public const string RouteValue = "id";

    /// <summary>What the route requires, for the OpenAPI description and the access matrix test.</summary>
    public StatementAction Action { get; } = action;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var statementId = Guid.Parse((string)http.Request.RouteValues[RouteValue]!);
        var guard = http.RequestServices.GetRequiredService<StatementGuard>();
        http.Items[typeof(StatementCaller)] = await guard.RequireAsync(statementId, http.User, Action, http.RequestAborted);
        return await next(context);
    }
}
