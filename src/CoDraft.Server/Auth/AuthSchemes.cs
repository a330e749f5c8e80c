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

    /// <summary>The session cookie's name (after the prefix, see <see cref="CookiePrefix"/>).</summary>
    public const string CookieName = "codraft";

    /// <summary>The anti-forgery cookie's name (after the prefix).</summary>
    public const string AntiforgeryCookieName = "codraft-csrf";

    /// <summary>
    /// "__Host-" for Secure cookies: browsers then insist on Secure, Path=/ and no Domain, so that no subdomain
    /// can plant or overwrite the cookie. Plain-http development cookies cannot carry it.
    /// </summary>
    public static string CookiePrefix(CookieSecurePolicy policy) => policy == CookieSecurePolicy.Always ? "__Host-" : string.Empty;

    /// <summary>The header a cookie-authenticated change must carry the anti-forgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
}
