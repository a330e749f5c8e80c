using Microsoft.Extensions.Options;

namespace CoDraft.Server.Deployment;

/// <summary>
/// The address people reach CoDraft at, for links the server writes into pages, feeds, exports and invitations:
/// <see cref="PublicUrlOptions.PublicUrl"/> when set, else the scheme and host of the request (which, behind a
/// trusted proxy, are the ones the proxy was reached by).
/// </summary>
public sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    private readonly string? configured = options.Value.PublicUrl?.TrimEnd('/');

    /// <summary>The base address without a trailing slash, e.g. <c>https://codraft.example.org</c>.</summary>
    public string Base(HttpRequest request) =>
        string.IsNullOrEmpty(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;

    /// <summary>The absolute address of <paramref name="path"/> (which starts with a slash).</summary>
    public string For(HttpRequest request, string path) => Base(request) + path;
}
