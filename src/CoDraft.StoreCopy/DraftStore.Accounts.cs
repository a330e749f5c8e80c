using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>The calls of people, organisations and statement access.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task CreatePersonAsync(Person person, CancellationToken cancellationToken = default) =>
        accounts.CreatePersonAsync(person, cancellationToken);

    /// <inheritdoc />
    public Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken = default) =>
        accounts.FindPersonAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        accounts.FindPersonByEmailAsync(email, cancellationToken);

    /// <inheritdoc />
    public Task UpdatePersonAsync(Person person, CancellationToken cancellationToken = default) =>
        accounts.UpdatePersonAsync(person, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default) =>
        accounts.AnyAdministratorAsync(cancellationToken);

    /// <inheritdoc />
    public Task CreateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default) =>
        accounts.CreateOrganisationAsync(organisation, cancellationToken);

    /// <inheritdoc />
    public Task<Organisation?> FindOrganisationAsync(Guid id, CancellationToken cancellationToken = default) =>
        accounts.FindOrganisationAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken = default) =>
        accounts.ListOrganisationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> UpdateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default) =>
        accounts.UpdateOrganisationAsync(organisation, cancellationToken);

    /// <inheritdoc />
    public Task<OrganisationRemoval> RemoveOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        accounts.RemoveOrganisationAsync(organisationId, cancellationToken);

    /// <inheritdoc />
    public Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken = default) =>
        accounts.AddMembershipAsync(membership, cancellationToken);

    /// <inheritdoc />
    public Task<Membership?> FindMembershipAsync(Guid personId, CancellationToken cancellationToken = default) =>
        accounts.FindMembershipAsync(personId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Membership>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        accounts.ListMembersAsync(organisationId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetOrganisationAdminAsync(Guid organisationId, Guid personId, bool isAdmin, CancellationToken cancellationToken = default) =>
        accounts.SetOrganisationAdminAsync(organisationId, personId, isAdmin, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveMembershipAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default) =>
        accounts.RemoveMembershipAsync(organisationId, personId, cancellationToken);

    /// <inheritdoc />
    public Task AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default) =>
        accounts.AddAccessTokenAsync(token, cancellationToken);

    /// <inheritdoc />
    public Task<AccessToken?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        accounts.FindAccessTokenAsync(tokenHash, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AccessToken>> ListAccessTokensAsync(Guid personId, CancellationToken cancellationToken = default) =>
        accounts.ListAccessTokensAsync(personId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RevokeAccessTokenAsync(Guid personId, Guid tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        accounts.RevokeAccessTokenAsync(personId, tokenId, at, cancellationToken);

    /// <inheritdoc />
    public Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken = default) =>
        accounts.AddInvitationAsync(invitation, cancellationToken);

    /// <inheritdoc />
    public Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        accounts.FindInvitationAsync(tokenHash, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ClaimInvitationAsync(Guid invitationId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        accounts.ClaimInvitationAsync(invitationId, personId, at, cancellationToken);

    /// <inheritdoc />
    public Task<Invitation?> FindInvitationByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        accounts.FindInvitationByIdAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        accounts.ListOpenInvitationsOfOrganisationAsync(organisationId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfStatementAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        accounts.ListOpenInvitationsOfStatementAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ReleaseInvitationAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken = default) =>
        accounts.ReleaseInvitationAsync(invitationId, personId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RevokeInvitationAsync(Guid invitationId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        accounts.RevokeInvitationAsync(invitationId, at, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SaveStatementAccessAsync(StatementAccess access, long expectedRevision, CancellationToken cancellationToken = default) =>
        statementAccess.SaveStatementAccessAsync(access, expectedRevision, cancellationToken);

    /// <inheritdoc />
    public Task<StatementAccess?> FindStatementAccessAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        statementAccess.FindStatementAccessAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> ListStatementsOfPersonAsync(Guid personId, CancellationToken cancellationToken = default) =>
        statementAccess.ListStatementsOfPersonAsync(personId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> ListStatementsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        statementAccess.ListStatementsOfOrganisationAsync(organisationId, cancellationToken);
}
