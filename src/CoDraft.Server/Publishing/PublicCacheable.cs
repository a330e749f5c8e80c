namespace CoDraft.Server.Publishing;

/// <summary>Endpoint metadata: a public read whose answers <see cref="PublicCache"/> keeps, by request path.</summary>
public sealed class PublicCacheable
{
    /// <summary>The one instance.</summary>
    public static readonly PublicCacheable Instance = new();

    private PublicCacheable()
    {
    }
}
