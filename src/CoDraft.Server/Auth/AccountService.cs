using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Auth;

/// <summary>Creates people and changes their passwords: the one place that turns a password into a stored hash.</summary>
public sealed class AccountService(IAccountStore store, Passwords passwords, SetupToken setup, TimeProvider clock, ILogger<AccountService> logger)
{
    /// <summary>
    /// Creates the first administrator with the one-time setup token. Once an administrator exists the token is
    /// revoked; the new person's details are checked before the token is used up, so that a typo does not cost it.
    /// </summary>
    /// <exception cref="CoDraftException"><see cref="ErrorCodes.SetupRefused"/>, or as <see cref="CreatePersonAsync"/>.</exception>
    public async Task<Person> SetUpAsync(string? token, string? email, string? name, string? password, CancellationToken cancellationToken = default)
    {
        if (await store.AnyAdministratorAsync(cancellationToken))
        {
            setup.Revoke();
        }
        EmailAddress.Normalize(email);
        Label.Require(name, "name");
        Passwords.Require(password);
        if (!setup.TryConsume(token))
        {
            throw new CoDraftException(ErrorCodes.SetupRefused, "Setup is over, or the setup token is wrong.");
        }
        return await CreatePersonAsync(email, name, password, administrator: true, cancellationToken);
    }

    /// <summary>Creates a person after checking email, name and password; with <paramref name="id"/> when given.</summary>
    /// <exception cref="CoDraftException"><see cref="ErrorCodes.InvalidRequest"/> or <see cref="ErrorCodes.EmailTaken"/>.</exception>
    public async Task<Person> CreatePersonAsync(
        string? email, string? name, string? password, bool administrator, CancellationToken cancellationToken = default, Guid? id = null)
    {
        var normalised = EmailAddress.Normalize(email);
        var trimmed = Label.Require(name, "name");
        var hash = passwords.Hash(Passwords.Require(password));
        var person = new Person(id ?? Guid.NewGuid(), normalised, trimmed, hash, NewStamp(), administrator, clock.GetUtcNow());
        try
        {
            await store.CreatePersonAsync(person, cancellationToken);
        }
        catch (StoreException e) when (e.Code == StoreException.DuplicateEmail)
        {
            throw new CoDraftException(ErrorCodes.EmailTaken, "A person with this email already exists.");
        }
        if (administrator)
        {
            Log.AdministratorCreated(logger, person.Id);
        }
        return person;
    }

    /// <summary>
    /// Changes a password after checking the current one. The new security stamp ends every browser session
    /// opened before; access tokens stay valid (revoke them separately).
    /// </summary>
    public async Task<Person> ChangePasswordAsync(Guid personId, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        var next = Passwords.Require(newPassword, "newPassword");
        var person = await store.FindPersonAsync(personId, cancellationToken)
            ?? throw new CoDraftException(ErrorCodes.PersonNotFound, "The signed-in person no longer exists.");
        if (currentPassword is null || passwords.Verify(person, currentPassword) == Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed)
        {
            throw new CoDraftException(ErrorCodes.WrongPassword, "The current password is wrong.");
        }
        var changed = person with { PasswordHash = passwords.Hash(next), SecurityStamp = NewStamp(), FailedSignIns = 0, LockedUntil = null };
        await store.UpdatePersonAsync(changed, cancellationToken);
        Log.PasswordChanged(logger, personId);
        return changed;
    }

    /// <summary>A new random security stamp.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
