namespace CoDraft.Server.Deployment;

/// <summary>Shorthand for <see cref="PublicUrls"/> where a handler has the request at hand.</summary>
public static class PublicUrlExtensions
{
    /// <summary>The absolute public address of <paramref name="path"/> (which starts with a slash).</summary>
    public static string PublicUrl(this HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicUrls>().For(request, path);
}
