namespace CoDraft.Server.SignOff;

/// <summary>The <c>action</c> names of audit entries, stable because verifiers and exports read them (docs/review.md).</summary>
public static class AuditActions
{
    /// <summary>A statement was created.</summary>
    public const string StatementCreated = "statement.created";
    /// <summary>A revision was stored, summarising the text changes since the one before.</summary>
    public const string RevisionRecorded = "revision.recorded";
    /// <summary>The lifecycle state changed.</summary>
    public const string StateChanged = "lifecycle.changed";
    /// <summary>A sign-off round was opened.</summary>
    public const string RoundOpened = "signoff.round_opened";
    /// <summary>A new candidate was issued in the current round.</summary>
    public const string CandidateIssued = "signoff.candidate_issued";
    /// <summary>An organisation's signatory decided (approve, request changes, decline).</summary>
    public const string DecisionMade = "signoff.decision";
    /// <summary>The statement was published.</summary>
    public const string Published = "publication.published";
    /// <summary>A partner organisation was added: one of its administrators accepted the invitation to take part.</summary>
    public const string PartnerAdded = "access.partner_added";
    /// <summary>A lead invited an organisation to take part (it does not until its administrators accept).</summary>
    public const string PartnerInvited = "access.partner_invited";
    /// <summary>An organisation's administrator declined to take part, or took the organisation out.</summary>
    public const string PartnerDeclined = "access.partner_declined";
    /// <summary>A lead proposed a person of another organisation as its signatory (its administrators confirm).</summary>
    public const string SignatoryProposed = "access.signatory_proposed";
    /// <summary>An organisation's administrator rejected a signatory proposal or took the signatory role away.</summary>
    public const string SignatoryRemoved = "access.signatory_removed";
    /// <summary>A partner organisation was removed, with its people's roles.</summary>
    public const string PartnerRemoved = "access.partner_removed";
    /// <summary>A person was given a role (or their role changed).</summary>
    public const string RoleSet = "access.role_set";
    /// <summary>A person's role was taken away.</summary>
    public const string PersonRemoved = "access.person_removed";

    // Comments and suggestions (docs/comments.md).
    /// <summary>A comment thread was opened on a passage.</summary>
    public const string CommentCreated = "comment.created";
    /// <summary>A reply was added to a thread.</summary>
    public const string CommentReplied = "comment.replied";
    /// <summary>A thread was resolved.</summary>
    public const string CommentResolved = "comment.resolved";
    /// <summary>A resolved thread was reopened.</summary>
    public const string CommentReopened = "comment.reopened";
    /// <summary>A suggestion was made.</summary>
    public const string SuggestionCreated = "suggestion.created";
    /// <summary>A suggestion was accepted (applied as a new version), rejected or superseded by an overlapping one.</summary>
    public const string SuggestionDecided = "suggestion.decided";
}
