using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.StoreCopy;

namespace CoDraft.Server.Tests.Editing;

/// <summary>The real store, counting how many appends (durable writes) reach it.</summary>
internal sealed class CountingStore(IDraftStore inner) : IDraftStore
{
    private int appends;

    public int Appends => appends;

    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref appends);
        return inner.AppendAsync(ops, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default) => inner.CreateStatementAsync(statement, cancellationToken);
    public Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindStatementAsync(id, cancellationToken);
    public Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default) => inner.ListStatementsAsync(cancellationToken);
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) => inner.ReadOpsAsync(statementId, afterVersion, upToVersion, cancellationToken);
    public Task<CommittedOp?> FindSubmissionAsync(Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default) => inner.FindSubmissionAsync(statementId, clientId, seq, cancellationToken);
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default) => inner.SaveSnapshotAsync(snapshot, cancellationToken);
    public Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default) => inner.FindSnapshotAsync(statementId, version, cancellationToken);
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default) => inner.AddRevisionAsync(revision, cancellationToken);
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListRevisionsAsync(statementId, cancellationToken);
    public Task CreatePersonAsync(Person person, CancellationToken cancellationToken = default) => inner.CreatePersonAsync(person, cancellationToken);
    public Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindPersonAsync(id, cancellationToken);
    public Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken = default) => inner.FindPersonByEmailAsync(email, cancellationToken);
    public Task UpdatePersonAsync(Person person, CancellationToken cancellationToken = default) => inner.UpdatePersonAsync(person, cancellationToken);
    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default) => inner.AnyAdministratorAsync(cancellationToken);
    public Task CreateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default) => inner.CreateOrganisationAsync(organisation, cancellationToken);
    public Task<Organisation?> FindOrganisationAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindOrganisationAsync(id, cancellationToken);
    public Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken = default) => inner.ListOrganisationsAsync(cancellationToken);
    public Task<bool> UpdateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default) => inner.UpdateOrganisationAsync(organisation, cancellationToken);
    public Task<OrganisationRemoval> RemoveOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) => inner.RemoveOrganisationAsync(organisationId, cancellationToken);
    public Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken = default) => inner.AddMembershipAsync(membership, cancellationToken);
    public Task<Membership?> FindMembershipAsync(Guid personId, CancellationToken cancellationToken = default) => inner.FindMembershipAsync(personId, cancellationToken);
    public Task<IReadOnlyList<Membership>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken = default) => inner.ListMembersAsync(organisationId, cancellationToken);
    public Task<bool> SetOrganisationAdminAsync(Guid organisationId, Guid personId, bool isAdmin, CancellationToken cancellationToken = default) => inner.SetOrganisationAdminAsync(organisationId, personId, isAdmin, cancellationToken);
    public Task<bool> RemoveMembershipAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default) => inner.RemoveMembershipAsync(organisationId, personId, cancellationToken);
    public Task AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default) => inner.AddAccessTokenAsync(token, cancellationToken);
    public Task<AccessToken?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default) => inner.FindAccessTokenAsync(tokenHash, cancellationToken);
    public Task<IReadOnlyList<AccessToken>> ListAccessTokensAsync(Guid personId, CancellationToken cancellationToken = default) => inner.ListAccessTokensAsync(personId, cancellationToken);
    public Task<bool> RevokeAccessTokenAsync(Guid personId, Guid tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.RevokeAccessTokenAsync(personId, tokenId, at, cancellationToken);
    public Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken = default) => inner.AddInvitationAsync(invitation, cancellationToken);
    public Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken cancellationToken = default) => inner.FindInvitationAsync(tokenHash, cancellationToken);
    public Task<bool> ClaimInvitationAsync(Guid invitationId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.ClaimInvitationAsync(invitationId, personId, at, cancellationToken);
    public Task<bool> SaveStatementAccessAsync(StatementAccess access, long expectedRevision, CancellationToken cancellationToken = default) => inner.SaveStatementAccessAsync(access, expectedRevision, cancellationToken);
    public Task<StatementAccess?> FindStatementAccessAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.FindStatementAccessAsync(statementId, cancellationToken);
    public Task<IReadOnlyList<Guid>> ListStatementsOfPersonAsync(Guid personId, CancellationToken cancellationToken = default) => inner.ListStatementsOfPersonAsync(personId, cancellationToken);
    public Task<IReadOnlyList<Guid>> ListStatementsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) => inner.ListStatementsOfOrganisationAsync(organisationId, cancellationToken);
    public Task<Invitation?> FindInvitationByIdAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindInvitationByIdAsync(id, cancellationToken);
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) => inner.ListOpenInvitationsOfOrganisationAsync(organisationId, cancellationToken);
    public Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfStatementAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListOpenInvitationsOfStatementAsync(statementId, cancellationToken);
    public Task<bool> ReleaseInvitationAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken = default) => inner.ReleaseInvitationAsync(invitationId, personId, cancellationToken);
    public Task<bool> RevokeInvitationAsync(Guid invitationId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.RevokeInvitationAsync(invitationId, at, cancellationToken);

    // Lifecycle, sign-off, audit and publication (schema 3).
    public Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.FindLifecycleAsync(statementId, cancellationToken);
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default) => inner.ChangeStateAsync(change, cancellationToken);
    public Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default) => inner.OpenRoundAsync(round, openedBy, openedAt, cancellationToken);
    public Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default) => inner.AddCandidateAsync(statementId, roundId, candidate, cancellationToken);
    public Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default) => inner.AddDecisionAsync(statementId, roundId, decision, cancellationToken);
    public Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListRoundsAsync(statementId, cancellationToken);
    public Task<AuditEntry> AppendAuditAsync(Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default) => inner.AppendAuditAsync(statementId, at, actor, action, details, cancellationToken);
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListAuditAsync(statementId, cancellationToken);
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default) => inner.PublishAsync(publication, cancellationToken);
    public Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default) => inner.SetPublicFromAsync(statementId, publicFrom, now, cancellationToken);
    public Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.FindPublicationAsync(statementId, cancellationToken);
    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default) => inner.ListPublicationsAsync(cancellationToken);
    // Comments and suggestions.
    public Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default) => inner.AddThreadAsync(thread, cancellationToken);
    public Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default) => inner.FindThreadAsync(statementId, threadId, cancellationToken);
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListThreadsAsync(statementId, cancellationToken);
    public Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default) => inner.AddReplyAsync(statementId, threadId, reply, cancellationToken);
    public Task<bool> SetThreadStatusAsync(Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.SetThreadStatusAsync(statementId, threadId, status, by, at, cancellationToken);
    public Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default) => inner.AddSuggestionAsync(suggestion, cancellationToken);
    public Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default) => inner.FindSuggestionAsync(statementId, suggestionId, cancellationToken);
    public Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListSuggestionsAsync(statementId, cancellationToken);
    public Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default) => inner.DecideSuggestionsAsync(statementId, decisions, cancellationToken);
    public Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default) => inner.SaveAnchorsAsync(statementId, version, moves, cancellationToken);
    // Publication, sign-ons, corrections (schema 4).
    public Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.ClaimPublicSlugAsync(statementId, slug, at, cancellationToken);
    public Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.FindPublicSlugAsync(statementId, cancellationToken);
    public Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default) => inner.FindStatementBySlugAsync(slug, cancellationToken);
    public Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default) => inner.AddSignOnRequestAsync(request, cancellationToken);
    public Task<SignOnRequest?> ModerateSignOnRequestAsync(Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.ModerateSignOnRequestAsync(statementId, requestId, decision, moderatedBy, at, cancellationToken);
    public Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default) => inner.FindSignOnRequestAsync(statementId, requestId, cancellationToken);
    public Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListSignOnRequestsAsync(statementId, cancellationToken);
    public Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default) => inner.AddCorrectionAsync(correction, cancellationToken);
    public Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListCorrectionsAsync(statementId, cancellationToken);
    public Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default) => inner.SetReconfirmationAsync(reconfirmation, cancellationToken);
    public Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default) => inner.ListReconfirmationsAsync(statementId, cancellationToken);
}
