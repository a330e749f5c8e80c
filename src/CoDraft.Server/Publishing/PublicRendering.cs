namespace CoDraft.Server.Publishing;

/// <summary>A public answer as rendered once for the cache: its text, media type and, for a download, its file name.</summary>
public sealed record PublicRendering(string Body, string ContentType, string? FileName = null);
