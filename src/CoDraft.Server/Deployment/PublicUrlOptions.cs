namespace CoDraft.Server.Deployment;

/// <summary>The top-level <c>PublicUrl</c> setting (see <see cref="PublicUrls"/>).</summary>
public sealed class PublicUrlOptions
{
    /// <summary>The public base address, e.g. <c>https://codraft.example.org</c>; null to take it from each request.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Null when <see cref="PublicUrl"/> is unset or an absolute http(s) address; otherwise why it is not.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(PublicUrl) ||
        (Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            ? null
            : $"PublicUrl must be an absolute http(s) address such as https://codraft.example.org (got '{PublicUrl}').";
}
