using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.Drafting;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>
/// The ports of one store behind one object (<see cref="IDraftStore"/>), each call handed to the port that owns it.
/// An adapter derives from it to offer its whole store to store copy and to the conformance suite; the server
/// registers the ports themselves instead.
/// </summary>
public abstract class DraftStore(
    IStoreSchema schema,
    IStatementStore statements,
    IOpLog opLog,
    ISnapshotStore snapshots,
    IRevisionStore revisions,
    IAccountStore accounts,
    IStatementAccessStore statementAccess,
    ILifecycleStore lifecycle,
    ISignOffStore signOff,
    IAuditLog audit,
    IPublicationStore publications,
    IReviewStore review,
    IPublicSlugStore publicSlugs,
    ISignOnStore signOns,
    ICorrectionStore corrections,
    IStoreExport export,
    IStoreImport import)
    : IDraftStore, IStoreExport, IStoreImport
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        schema.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        schema.PingAsync(cancellationToken);

    /// <inheritdoc />
    public Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default) =>
        statements.CreateStatementAsync(statement, cancellationToken);

    /// <inheritdoc />
    public Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default) =>
        statements.FindStatementAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default) =>
        statements.ListStatementsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<AppendOutcome> AppendAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken = default) =>
        opLog.AppendAsync(ops, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CommittedOp>> ReadOpsAsync(Guid statementId, long afterVersion, long upToVersion, CancellationToken cancellationToken = default) =>
        opLog.ReadOpsAsync(statementId, afterVersion, upToVersion, cancellationToken);

    /// <inheritdoc />
    public Task<CommittedOp?> FindSubmissionAsync(Guid statementId, string clientId, long seq, CancellationToken cancellationToken = default) =>
        opLog.FindSubmissionAsync(statementId, clientId, seq, cancellationToken);

    /// <inheritdoc />
    public Task SaveSnapshotAsync(TextSnapshot snapshot, CancellationToken cancellationToken = default) =>
        snapshots.SaveSnapshotAsync(snapshot, cancellationToken);

    /// <inheritdoc />
    public Task<TextSnapshot?> FindSnapshotAsync(Guid statementId, long version, CancellationToken cancellationToken = default) =>
        snapshots.FindSnapshotAsync(statementId, version, cancellationToken);

    /// <inheritdoc />
    public Task AddRevisionAsync(Revision revision, CancellationToken cancellationToken = default) =>
        revisions.AddRevisionAsync(revision, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Revision>> ListRevisionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        revisions.ListRevisionsAsync(statementId, cancellationToken);

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

    /// <inheritdoc />
    public Task<StatementLifecycle> FindLifecycleAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        lifecycle.FindLifecycleAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ChangeStateAsync(StateChange change, CancellationToken cancellationToken = default) =>
        lifecycle.ChangeStateAsync(change, cancellationToken);

    /// <inheritdoc />
    public Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default) =>
        signOff.OpenRoundAsync(round, openedBy, openedAt, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default) =>
        signOff.AddCandidateAsync(statementId, roundId, candidate, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default) =>
        signOff.AddDecisionAsync(statementId, roundId, decision, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        signOff.ListRoundsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<AuditEntry> AppendAuditAsync(Guid statementId, DateTimeOffset at, string actor, string action, string details, CancellationToken cancellationToken = default) =>
        audit.AppendAuditAsync(statementId, at, actor, action, details, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        audit.ListAuditAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default) =>
        publications.PublishAsync(publication, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        publications.SetPublicFromAsync(statementId, publicFrom, now, cancellationToken);

    /// <inheritdoc />
    public Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        publications.FindPublicationAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default) =>
        publications.ListPublicationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task AddThreadAsync(CommentThread thread, CancellationToken cancellationToken = default) =>
        review.AddThreadAsync(thread, cancellationToken);

    /// <inheritdoc />
    public Task<CommentThread?> FindThreadAsync(Guid statementId, Guid threadId, CancellationToken cancellationToken = default) =>
        review.FindThreadAsync(statementId, threadId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentThread>> ListThreadsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListThreadsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddReplyAsync(Guid statementId, Guid threadId, CommentReply reply, CancellationToken cancellationToken = default) =>
        review.AddReplyAsync(statementId, threadId, reply, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetThreadStatusAsync(Guid statementId, Guid threadId, ThreadStatus status, Guid by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        review.SetThreadStatusAsync(statementId, threadId, status, by, at, cancellationToken);

    /// <inheritdoc />
    public Task AddSuggestionAsync(Suggestion suggestion, CancellationToken cancellationToken = default) =>
        review.AddSuggestionAsync(suggestion, cancellationToken);

    /// <inheritdoc />
    public Task<Suggestion?> FindSuggestionAsync(Guid statementId, Guid suggestionId, CancellationToken cancellationToken = default) =>
        review.FindSuggestionAsync(statementId, suggestionId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Suggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        review.ListSuggestionsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> DecideSuggestionsAsync(Guid statementId, IReadOnlyList<SuggestionDecision> decisions, CancellationToken cancellationToken = default) =>
        review.DecideSuggestionsAsync(statementId, decisions, cancellationToken);

    /// <inheritdoc />
    public Task SaveAnchorsAsync(Guid statementId, long version, IReadOnlyList<AnchorMove> moves, CancellationToken cancellationToken = default) =>
        review.SaveAnchorsAsync(statementId, version, moves, cancellationToken);

    /// <inheritdoc />
    public Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        publicSlugs.ClaimPublicSlugAsync(statementId, slug, at, cancellationToken);

    /// <inheritdoc />
    public Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        publicSlugs.FindPublicSlugAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        publicSlugs.FindStatementBySlugAsync(slug, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default) =>
        signOns.AddSignOnRequestAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SignOnRequest?> ModerateSignOnRequestAsync( Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        signOns.ModerateSignOnRequestAsync(statementId, requestId, decision, moderatedBy, at, cancellationToken);

    /// <inheritdoc />
    public Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default) =>
        signOns.FindSignOnRequestAsync(statementId, requestId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        signOns.ListSignOnRequestsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default) =>
        corrections.AddCorrectionAsync(correction, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        corrections.ListCorrectionsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default) =>
        corrections.SetReconfirmationAsync(reconfirmation, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        corrections.ListReconfirmationsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default) =>
        export.ListPeopleAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(CancellationToken cancellationToken = default) =>
        export.ListInvitationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TextSnapshot>> ListSnapshotsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        export.ListSnapshotsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportStatementAccessAsync(StatementAccess access, CancellationToken cancellationToken = default) =>
        import.ImportStatementAccessAsync(access, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportLifecycleAsync(StatementLifecycle lifecycle, CancellationToken cancellationToken = default) =>
        import.ImportLifecycleAsync(lifecycle, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportPublicationAsync(Publication publication, CancellationToken cancellationToken = default) =>
        import.ImportPublicationAsync(publication, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ImportRoundAsync(SignOffRoundRecord record, CancellationToken cancellationToken = default) =>
        import.ImportRoundAsync(record, cancellationToken);
}
