using CoDraft.Server.Rendering;
using Microsoft.Extensions.FileProviders;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The public pages' one style sheet, Publishing/Assets/publication.css: served as a static file under
/// <see cref="RequestPath"/> (Extensions/PublishingExtensions), linked with its version (<see cref="Href"/>) so a browser may keep it until it changes,
/// and written inside the standalone HTML export.
/// </summary>
public static class PublicationStyles
{
    /// <summary>Where the public pages' static files are served.</summary>
    public const string RequestPath = "/p/assets";

    private const string FileName = "publication.css";
    private const string ResourceNamespace = "CoDraft.Server.Publishing.Assets";

    /// <summary>The style sheet.</summary>
    public static readonly StyleSheet Sheet = StyleSheet.FromResource($"{ResourceNamespace}.{FileName}");

    /// <summary>The link to the style sheet, with its version: a changed sheet has a new address.</summary>
    public static readonly string Href = $"{RequestPath}/{FileName}?v={Sheet.Version}";

    /// <summary>The files served under <see cref="RequestPath"/>: Publishing/Assets, embedded in the server.</summary>
    public static IFileProvider Files() => new EmbeddedFileProvider(typeof(PublicationStyles).Assembly, ResourceNamespace);

    /// <summary>The current version may be kept for good; any other address (no version, or an old one) is checked every time.</summary>
    public static string CacheControl(HttpRequest request) =>
        request.Query["v"] == Sheet.Version ? "public, max-age=31536000, immutable" : "no-cache";
}
