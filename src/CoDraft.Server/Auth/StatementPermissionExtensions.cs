using CoDraft.Core.Accounts;

namespace CoDraft.Server.Auth;

/// <summary>Declares, next to each statement route, what the caller's role must allow.</summary>
public static class StatementPermissionExtensions
{
    /// <summary>The route's <c>{id}</c> is a statement on which the caller's role must allow <paramref name="action"/>.</summary>
    public static RouteHandlerBuilder RequireStatement(this RouteHandlerBuilder builder, StatementAction action)
    {
        var filter = new StatementPermissionFilter(action);
        return builder.WithMetadata(filter).AddEndpointFilter(filter);
    }

    /// <summary>The caller as checked by <see cref="RequireStatement"/>.</summary>
    public static StatementCaller StatementCaller(this HttpContext context) =>
        context.Items[typeof(StatementCaller)] as StatementCaller
        ?? throw new InvalidOperationException("The route does not require a statement permission.");
}
