using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Auth;

/// <summary>
/// Checks an email and password, with lockout: after <see cref="AuthOptions.LockoutFailures"/> failures in a row
/// the account is locked for <see cref="AuthOptions.LockoutMinutes"/>. While locked, only the right password
/// learns that the account is locked; a wrong one gets the same answer as an unknown email, so that lockout
/// does not tell a guesser which emails have accounts.
/// </summary>
public sealed class SignInService(
    IAccountStore store,
    Passwords passwords,
    SignInThrottle throttle,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<SignInService> logger)
{
    /// <summary>The person whose email and password these are.</summary>
    /// <exception cref="CoDraftException">
    /// <see cref="ErrorCodes.InvalidCredentials"/>, <see cref="ErrorCodes.LockedOut"/> or <see cref="ErrorCodes.RateLimited"/>.
    /// </exception>
    public async Task<Person> VerifyAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "email and password are required.");
        }
        var normalised = email.Trim().ToLowerInvariant();
        if (!throttle.TryAttempt(normalised))
        {
            throw new RetryLaterException(ErrorCodes.RateLimited, "Too many sign-in attempts for this email; wait a minute.", TimeSpan.FromMinutes(1));
        }
        var person = await store.FindPersonByEmailAsync(normalised, cancellationToken);
        if (person is null)
        {
            passwords.VerifyDecoy(password);
            Log.SignInUnknown(logger);
            throw InvalidCredentials();
        }
        var result = passwords.Verify(person, password);
        var now = clock.GetUtcNow();
        if (person.IsLockedOut(now))
        {
            throw result == PasswordVerificationResult.Failed
                ? InvalidCredentials()
                : new RetryLaterException(ErrorCodes.LockedOut, $"Too many failed sign-ins: try again after {person.LockedUntil:u}.", person.LockedUntil!.Value - now);
        }
        if (result == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(person, now, cancellationToken);
            throw InvalidCredentials();
        }
        if (person.FailedSignIns > 0 || person.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person = person with
            {
                FailedSignIns = 0,
                LockedUntil = null,
                PasswordHash = result == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(password) : person.PasswordHash,
            };
            await store.UpdatePersonAsync(person, cancellationToken);
        }
        Log.SignedIn(logger, person.Id);
        return person;
    }

    private async Task RecordFailureAsync(Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = person.FailedSignIns + 1;
        Log.SignInFailed(logger, person.Id, failures);
        if (failures >= options.Value.LockoutFailures)
        {
            var until = now.AddMinutes(options.Value.LockoutMinutes);
            await store.UpdatePersonAsync(person with { FailedSignIns = 0, LockedUntil = until }, cancellationToken);
            Log.LockedOut(logger, person.Id, until);
            return;
        }
        await store.UpdatePersonAsync(person with { FailedSignIns = failures }, cancellationToken);
    }

    private static CoDraftException InvalidCredentials() =>
        new(ErrorCodes.InvalidCredentials, "The email or password is wrong.");
}
