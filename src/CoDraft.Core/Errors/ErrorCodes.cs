namespace CoDraft.Core.Errors;

/// <summary>Every stable error code CoDraft returns, in one place (documented in docs/errors.md).</summary>
public static class ErrorCodes
{
    /// <summary>The request body or a parameter is malformed or fails validation.</summary>
    public const string InvalidRequest = "request.invalid";
    /// <summary>No statement with that id is visible to the caller.</summary>
    public const string StatementNotFound = "statement.not_found";
    /// <summary>The statement has no such version.</summary>
    public const string VersionNotFound = "version.not_found";
    /// <summary>The change was based on a version that is no longer the current one.</summary>
    public const string VersionStale = "version.stale";
    /// <summary>The base version is newer than the statement's current version.</summary>
    public const string VersionInFuture = "version.future";
    /// <summary>The base version is older than the history the server transforms against.</summary>
    public const string VersionTooOld = "version.too_old";
    /// <summary>The text would be larger than the configured maximum.</summary>
    public const string TextTooLarge = "text.too_large";
    /// <summary>An uploaded file to import is not a Word document (.docx) that can be read.</summary>
    public const string ImportInvalidDocument = "import.invalid_document";

    /// <summary>An uploaded .docx does not say which version it was exported from, and the request did not either.</summary>
    public const string UploadVersionUnknown = "upload.version_unknown";

    /// <summary>An uploaded .docx was exported from another statement.</summary>
    public const string UploadOtherStatement = "upload.other_statement";
    /// <summary>The text contains a lone UTF-16 surrogate.</summary>
    public const string TextInvalid = "text.invalid_utf16";
    /// <summary>Other writers kept committing first; the change was not applied and may be retried.</summary>
    public const string StoreContention = "store.contention";
    /// <summary>A live-editing call for a statement the connection has not joined.</summary>
    public const string NotJoined = "statement.not_joined";
    /// <summary>More requests per second or minute than the limit allows.</summary>
    public const string RateLimited = "rate.limited";

    /// <summary>The request needs a signed-in person (a session cookie or a bearer access token).</summary>
    public const string AuthRequired = "auth.required";
    /// <summary>
    /// A sign-in or other cookie flow came over plain http while the session cookie is Secure: the browser would drop
    /// the cookie, so the server refuses before changing anything.
    /// </summary>
    public const string HttpsRequired = "auth.https_required";
    /// <summary>The email and password do not match a person who may sign in.</summary>
    public const string InvalidCredentials = "auth.invalid_credentials";
    /// <summary>Too many failed sign-ins: the account is locked for a while.</summary>
    public const string LockedOut = "auth.locked_out";
    /// <summary>The current password given to change it is wrong.</summary>
    public const string WrongPassword = "auth.wrong_password";
    /// <summary>A cookie-authenticated change came without a valid X-CSRF-TOKEN header.</summary>
    public const string AntiforgeryInvalid = "antiforgery.invalid";
    /// <summary>First-run setup is over (an administrator exists) or the setup token is wrong.</summary>
    public const string SetupRefused = "setup.refused";
    /// <summary>The caller's role on the statement does not allow this.</summary>
    public const string AccessForbidden = "access.forbidden";
    /// <summary>A statement is convened by an organisation; the caller belongs to none.</summary>
    public const string NoOrganisation = "access.no_organisation";
    /// <summary>The convening organisation cannot be removed from its statement.</summary>
    public const string ConveningOrganisation = "access.convening_organisation";
    /// <summary>The person's organisation does not take part in the statement.</summary>
    public const string OrganisationNotOnStatement = "access.organisation_not_on_statement";
    /// <summary>Only people of the convening organisation can be leads.</summary>
    public const string LeadOutsideConvening = "access.lead_outside_convening";
    /// <summary>The change would leave the statement without a lead.</summary>
    public const string LastLead = "access.last_lead";
    /// <summary>No such person (or none the caller may see).</summary>
    public const string PersonNotFound = "person.not_found";
    /// <summary>A person with this email already exists.</summary>
    public const string EmailTaken = "person.email_taken";
    /// <summary>No such organisation.</summary>
    public const string OrganisationNotFound = "organisation.not_found";
    /// <summary>The person already belongs to an organisation.</summary>
    public const string AlreadyMember = "organisation.already_member";
    /// <summary>No such access token among the caller's.</summary>
    public const string TokenNotFound = "token.not_found";
    /// <summary>No invitation with that token.</summary>
    public const string InvitationNotFound = "invitation.not_found";
    /// <summary>The invitation has been used already; each link works once.</summary>
    public const string InvitationUsed = "invitation.used";
    /// <summary>The invitation has expired.</summary>
    public const string InvitationExpired = "invitation.expired";
    /// <summary>The invitation was sent to another email address than the signed-in person's.</summary>
    public const string InvitationWrongPerson = "invitation.wrong_person";
    /// <summary>The invited email already has an account: sign in, then accept.</summary>
    public const string InvitationSignInFirst = "invitation.sign_in_first";

    // The organisation boundary: partners accept, their administrators name their signatories.

    /// <summary>The invitation was revoked, or replaced by a newer link sent to the same person.</summary>
    public const string InvitationRevoked = "invitation.revoked";
    /// <summary>The email already has an account: add the person to the statement by choosing them, without a link.</summary>
    public const string InvitationHasAccount = "invitation.has_account";
    /// <summary>The organisation has no open invitation to take part in the statement.</summary>
    public const string PartnerNotInvited = "partner.not_invited";
    /// <summary>A round would require organisations that have nobody able to approve (the answer names them).</summary>
    public const string NoSignatory = "signoff.no_signatory";

    // Review and sign-off: lifecycle, rounds, publishing, certificate.

    /// <summary>The statement cannot make that lifecycle move from its current state (the answer names both).</summary>
    public const string IllegalTransition = "lifecycle.illegal_transition";
    /// <summary>The statement is published or closed: its text no longer changes.</summary>
    public const string TextClosed = "text.closed";
    /// <summary>The statement has no sign-off round open (it is not in review).</summary>
    public const string NoOpenRound = "signoff.no_round";
    /// <summary>A signatory may decide only for their own organisation.</summary>
    public const string WrongOrganisation = "signoff.wrong_organisation";
    /// <summary>The organisation is not one whose approval the round requires.</summary>
    public const string NotRequired = "signoff.not_required";
    /// <summary>The decision names a text hash that is not the current candidate's: the signatory saw an older text.</summary>
    public const string StaleCandidate = "signoff.stale_candidate";
    /// <summary>The text changed after the current candidate was issued; the lead re-issues it before anyone decides.</summary>
    public const string CandidateOutdated = "signoff.candidate_outdated";
    /// <summary>Re-issuing was asked, but the text is still exactly the current candidate's.</summary>
    public const string NothingChanged = "signoff.nothing_changed";
    /// <summary>Publishing was refused: not every required organisation approved exactly the text being published.</summary>
    public const string NotApproved = "publish.not_approved";
    /// <summary>Publishing was refused: the text changed between the approval check and the publish itself.</summary>
    public const string TextChangedWhilePublishing = "publish.text_changed";
    /// <summary>The certificate of completion exists only once the statement is published.</summary>
    public const string NotPublished = "certificate.not_published";
    // Comments and suggestions (docs/comments.md).
    /// <summary>The range is empty, reversed or outside the text.</summary>
    public const string RangeInvalid = "review.range_invalid";
    /// <summary>The range was given on an older version and its whole text has been deleted since.</summary>
    public const string RangeDeleted = "review.range_deleted";
    /// <summary>No comment thread with that id on this statement.</summary>
    public const string ThreadNotFound = "comment.not_found";
    /// <summary>The thread is already resolved.</summary>
    public const string ThreadAlreadyResolved = "comment.already_resolved";
    /// <summary>The thread is open; only a resolved thread can be reopened.</summary>
    public const string ThreadNotResolved = "comment.not_resolved";
    /// <summary>No suggestion with that id on this statement.</summary>
    public const string SuggestionNotFound = "suggestion.not_found";
    /// <summary>The suggestion was already accepted, rejected or superseded.</summary>
    public const string SuggestionNotOpen = "suggestion.not_open";
    /// <summary>The suggestion's passage was edited (or deleted) since it was made; it is not applied blindly.</summary>
    public const string SuggestionEditedSince = "suggestion.edited_since";

    // Publication: public page, sign-on, moderation, corrections, reconfirmations, exports.

    /// <summary>No public statement at that address (none, or still under embargo).</summary>
    public const string PublicationNotFound = "publication.not_found";
    /// <summary>The statement is not published yet, so there is nothing to correct, moderate or export.</summary>
    public const string PublicationNotPublished = "publication.not_published";
    /// <summary>The publication is public already: its public date is history and its embargo cannot be changed.</summary>
    public const string PublicationAlreadyPublic = "publication.already_public";
    /// <summary>A sign-on request has invalid fields; <c>errors</c> names each field and what is wrong with it.</summary>
    public const string SignOnInvalid = "publication.sign_on_invalid";
    /// <summary>An organisation with the same name (as normalised) is already a signatory or has a request pending.</summary>
    public const string DuplicateOrganisation = "publication.duplicate_organisation";
    /// <summary>Too many sign-on requests from this address; wait and try again.</summary>
    public const string SignOnRateLimited = "publication.sign_on_rate_limited";
    /// <summary>No such sign-on request for this statement.</summary>
    public const string SignOnRequestNotFound = "publication.request_not_found";
    /// <summary>The sign-on request was approved or rejected already.</summary>
    public const string AlreadyModerated = "publication.already_moderated";
    /// <summary>A correction must change the public text.</summary>
    public const string CorrectionUnchanged = "publication.correction_unchanged";
    /// <summary>Another correction was published at the same moment; reload and try again.</summary>
    public const string CorrectionConflict = "publication.correction_conflict";
    /// <summary>No correction with that number.</summary>
    public const string CorrectionNotFound = "publication.correction_not_found";
    /// <summary>A newer correction exists: reconfirm the newest one.</summary>
    public const string CorrectionSuperseded = "publication.correction_superseded";
    /// <summary>The statement was closed by its leads: it takes no new signatories.</summary>
    public const string SignOnClosed = "publication.sign_on_closed";
    /// <summary>Only the organisations that approved the published text are asked to reconfirm it.</summary>
    public const string NotOriginalSignatory = "publication.not_original_signatory";

    // Hardening (issue 14): refusals that never break anything. Kept in one block to keep merges simple.

    /// <summary>A text, title, name, body or reason holds a character XML 1.0 forbids; the answer names the field and the position.</summary>
    public const string TextInvalidCharacter = "text.invalid_character";
    /// <summary>No route matches the address (an unknown path, or an id or version of the wrong form).</summary>
    public const string RouteNotFound = "route.not_found";
    /// <summary>The route exists but not for this HTTP method; the <c>Allow</c> header lists the methods it takes.</summary>
    public const string MethodNotAllowed = "request.method_not_allowed";
    /// <summary>The body's media type is not one the route reads (JSON routes take application/json).</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";
    /// <summary>The request body is larger than the server accepts.</summary>
    public const string RequestTooLarge = "request.too_large";
    /// <summary>An organisation with the same name (as normalised) exists already; the answer names it.</summary>
    public const string OrganisationNameTaken = "organisation.name_taken";
    /// <summary>The organisation takes part in a statement or has members, so it cannot be removed.</summary>
    public const string OrganisationInUse = "organisation.in_use";
}
