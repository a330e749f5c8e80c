using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Auth;

/// <summary>
/// Limits sign-in attempts per email address, wherever they come from (the per-IP limit is the rate-limiter
/// policy <see cref="SignInPolicy"/>). Together they slow down guessing one person's password from many
/// addresses, and many people's passwords from one.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>The ASP.NET Core rate-limiter policy for sign-in and password change, per client IP.</summary>
    public const string SignInPolicy = "sign-in";

    private readonly PartitionedRateLimiter<string> limiter;

    /// <summary>Creates the limiter from <see cref="AuthOptions.SignInPerEmailPerMinute"/>.</summary>
    public SignInThrottle(IOptions<AuthOptions> options)
    {
        var perMinute = options.Value.SignInPerEmailPerMinute;
        limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>True when another attempt for <paramref name="email"/> may be made now.</summary>
    public bool TryAttempt(string email)
    {
        using var lease = limiter.AttemptAcquire(email);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
