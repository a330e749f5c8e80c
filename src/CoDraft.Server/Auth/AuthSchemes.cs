namespace CoDraft.Server.Auth;

/// <summary>The names of CoDraft's authentication schemes.</summary>
public static class AuthSchemes
{
    /// <summary>The default: picks <see cref="Token"/> for requests that carry a bearer token, else <see cref="Cookie"/>.</summary>
    public const string Default = "CoDraft";

    /// <summary>Browser sessions: a secure, HttpOnly, SameSite=Strict cookie.</summary>
    public const string Cookie = "CoDraft.Cookie";

    /// <summary>Personal access tokens sent as <c>Authorization: Bearer</c> (or, on the hub path only, <c>?access_token=</c>).</summary>
    public const string Token = "CoDraft.Token";

    /// <summary>The session cookie's name; the __Host- prefix makes browsers insist on Secure, Path=/ and no Domain.</summary>
    public const string CookieName = "__Host-codraft";

    /// <summary>The anti-forgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "__Host-codraft-csrf";

    /// <summary>The header a cookie-authenticated change must carry the anti-forgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
}
