namespace CoDraft.Server.Auth;

/// <summary>Sign-in, session, token and invitation settings. Bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>
    /// When cookies are marked Secure. <see cref="CookieSecurePolicy.Always"/> (the default) needs https;
    /// <see cref="CookieSecurePolicy.SameAsRequest"/> lets a developer sign in over plain http on their own machine
    /// (appsettings.Development.json sets it). Cookie names carry the __Host- prefix only when Always.
    /// </summary>
    public CookieSecurePolicy CookieSecurePolicy { get; set; } = CookieSecurePolicy.Always;

    /// <summary>Failed sign-ins in a row after which an account is locked.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    public double LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in (and password change) attempts one IP address may make per minute.</summary>
    public int SignInPerIpPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts per minute for one email address, from anywhere.</summary>
    public int SignInPerEmailPerMinute { get; set; } = 10;

    /// <summary>A browser session ends after this many hours without a request.</summary>
    public double SessionHours { get; set; } = 12;

    /// <summary>Lifetime of a personal access token when none is asked for, in days.</summary>
    public int TokenDefaultDays { get; set; } = 90;

    /// <summary>Longest lifetime a personal access token may be given, in days.</summary>
    public int TokenMaxDays { get; set; } = 365;

    /// <summary>Lifetime of an invitation link when none is asked for, in days.</summary>
    public int InvitationDefaultDays { get; set; } = 14;

    /// <summary>Longest lifetime an invitation link may be given, in days.</summary>
    public int InvitationMaxDays { get; set; } = 60;
}
