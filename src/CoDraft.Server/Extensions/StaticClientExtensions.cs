using Microsoft.Net.Http.Headers;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Serves the web client built from client/ into wwwroot: its files, and index.html for every other page path so
/// that the client's own routes (/statements/{id}) can be opened directly. /api and /hubs never fall back to it.
/// </summary>
public static class StaticClientExtensions
{
    /// <summary>Vite names every built asset under /assets/ by its content hash, so a browser may keep it for good.</summary>
    private const string HashedAssetsPath = "/assets/";

    private const string ClientEntry = "index.html";

    /// <summary>
    /// Adds the client's static files and its fallback page; without a built client, "/" goes to the API reference.
    /// </summary>
    public static WebApplication UseStaticClient(this WebApplication app)
    {
        if (!app.Environment.WebRootFileProvider.GetFileInfo(ClientEntry).Exists)
        {
            app.MapGet("/", () => Results.Redirect(SecurityHeaders.ReferencePath)).ExcludeFromDescription().AllowAnonymous();
            return app;
        }
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
                context.Context.Response.Headers[HeaderNames.CacheControl] =
                    context.Context.Request.Path.StartsWithSegments(HashedAssetsPath.TrimEnd('/'))
                        ? "public, max-age=31536000, immutable"
                        : "no-cache",
        });
        // Unknown API and hub paths stay 404 Problem Details instead of becoming the client's page.
        // (UnmatchedRoutes answers them with a code, telling a wrong method or media type from an unknown path.)
        app.MapFallback("/api/{**rest}", () => Results.NotFound()).WithDisplayName(UnmatchedRoutes.FallbackName).ExcludeFromDescription();
        app.MapFallback("/hubs/{**rest}", () => Results.NotFound()).WithDisplayName(UnmatchedRoutes.FallbackName).ExcludeFromDescription();
        app.MapFallbackToFile(ClientEntry, new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        }).AllowAnonymous();
        return app;
    }
}
