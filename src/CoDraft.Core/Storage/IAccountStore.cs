using CoDraft.Core.Accounts;

namespace CoDraft.Core.Storage;

/// <summary>
/// People, organisations, memberships, access tokens and invitations. Emails and token hashes are looked up
/// exactly as given: callers normalise emails (<see cref="EmailAddress.Normalize"/>) and hash tokens
/// (<see cref="SecretToken.Hash"/>) first.
/// </summary>
public interface IAccountStore
{
    /// <summary>Stores a new person.</summary>
    /// <exception cref="StoreException"><see cref="StoreException.DuplicateEmail"/> when the email (or id) is taken.</exception>
    Task CreatePersonAsync(Person person, CancellationToken cancellationToken = default);

    /// <summary>The person with this id, or null.</summary>
    Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The person with this (normalised) email, or null.</summary>
    Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a person's name, password hash, security stamp, administrator flag and sign-in failure state.
    /// The email and creation time never change.
    /// </summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownPerson"/>.</exception>
    Task UpdatePersonAsync(Person person, CancellationToken cancellationToken = default);

    /// <summary>True when at least one person is an administrator.</summary>
    Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new organisation.</summary>
    /// <exception cref="StoreException"><see cref="StoreException.DuplicateOrganisation"/> when the id is taken.</exception>
    Task CreateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default);

    /// <summary>The organisation with this id, or null.</summary>
    Task<Organisation?> FindOrganisationAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every organisation, by name (ordinal, ignoring case).</summary>
    Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes a person a member of an organisation. A person belongs to one organisation at most.</summary>
    /// <exception cref="StoreException">
    /// <see cref="StoreException.AlreadyMember"/>, <see cref="StoreException.UnknownPerson"/> or <see cref="StoreException.UnknownOrganisation"/>.
    /// </exception>
    Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken = default);

    /// <summary>The person's membership, or null when they belong to no organisation.</summary>
    Task<Membership?> FindMembershipAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>The organisation's members, in the order they joined.</summary>
    Task<IReadOnlyList<Membership>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken = default);

    /// <summary>Sets whether a member administers the organisation; false when they are not a member of it.</summary>
    Task<bool> SetOrganisationAdminAsync(Guid organisationId, Guid personId, bool isAdmin, CancellationToken cancellationToken = default);

    /// <summary>Removes a person from an organisation; false when they were not a member of it.</summary>
    Task<bool> RemoveMembershipAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new access token.</summary>
    /// <exception cref="StoreException"><see cref="StoreException.UnknownPerson"/>.</exception>
    Task AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default);

    /// <summary>The token with this hash, revoked or expired ones included, or null.</summary>
    Task<AccessToken?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>The person's tokens, revoked and expired ones included, oldest first.</summary>
    Task<IReadOnlyList<AccessToken>> ListAccessTokensAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a token of this person at <paramref name="at"/>; false when there is no such unrevoked token.</summary>
    Task<bool> RevokeAccessTokenAsync(Guid personId, Guid tokenId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Stores a new invitation.</summary>
    Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken = default);

    /// <summary>The invitation with this token hash, used or expired ones included, or null.</summary>
    Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks an invitation used by <paramref name="personId"/>, atomically: true for the one caller that claims an
    /// unused, unrevoked invitation, false for every other (it was used or revoked already, or does not exist).
    /// </summary>
    Task<bool> ClaimInvitationAsync(Guid invitationId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The invitation with this id, used, revoked or expired ones included, or null.</summary>
    Task<Invitation?> FindInvitationByIdAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The invitations to join <paramref name="organisationId"/> (to it alone, or with a statement role) that are
    /// neither used nor revoked, expired ones included, oldest first.
    /// </summary>
    Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default);

    /// <summary>The invitations to take part in <paramref name="statementId"/> that are neither used nor revoked, expired ones included, oldest first.</summary>
    Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfStatementAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives back an invitation <paramref name="personId"/> claimed, when what accepting it should have done failed
    /// afterwards, so that the link works again: true when it was claimed by them and is now unused.
    /// </summary>
    Task<bool> ReleaseInvitationAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes an invitation at <paramref name="at"/>, atomically: true when it was neither used nor revoked, false
    /// (changing nothing) otherwise. A claim after this fails, as for a used one.
    /// </summary>
    Task<bool> RevokeInvitationAsync(Guid invitationId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
