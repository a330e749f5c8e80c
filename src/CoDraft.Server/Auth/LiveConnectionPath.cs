namespace CoDraft.Server.Auth;

/// <summary>
/// Where the live (SignalR) connection is served. Authentication treats it apart: a browser's WebSocket cannot send
/// headers, so a bearer token may come in the query string there, and the cookie antiforgery check does not apply
/// (the hub checks its caller itself). Kept here, not on the hub, so that authentication need not know the hub.
/// </summary>
public static class LiveConnectionPath
{
    /// <summary>The path the draft hub is mapped at.</summary>
    public const string Value = "/hubs/draft";
}
