import { ApiError } from '../api/http';
import { SendKeepsFailing, TransportError, UnknownRefusal } from '../session/transport';

/**
 * What people read when something is refused: a plain sentence per stable code (docs/errors.md), never the code
 * itself, a HubException's text or a stack trace. Codes this client does not know get {@link GenericSentence}.
 */
export const Sentences: Readonly<Record<string, string>> = {
  'request.invalid': 'Some of what was entered is not accepted. Check it and try again.',
  'statement.not_found': 'This statement does not exist, or you do not take part in it.',
  'version.not_found': 'That version of the statement does not exist.',
  'version.stale': 'The text changed while you were working on it. Reload to see the latest version, then make your change again.',
  'version.future': 'Your copy of the text is out of step with the server. Reload the page to go on.',
  'version.too_old': 'Your copy of the text is too far behind the current one. Reload the page to go on.',
  'text.too_large': 'The text would be longer than this server allows. Shorten what you add, or split the statement.',
  'text.invalid_utf16': 'The text contains a broken character. Remove it and try again.',
  'import.invalid_document': 'This file is not a Word document that can be read. Save it as .docx in Word and try again.',
  'upload.version_unknown': 'This Word file does not say which version of the statement it was made from. Download the version from CoDraft, make your changes in that file with Track Changes on, and upload it.',
  'upload.other_statement': 'This Word file was downloaded from another statement. Upload it on that statement’s page.',
  'text.invalid_character': 'The text contains a control character that cannot be saved (such as a vertical tab from a word processor). Remove it and try again.',
  'text.closed': 'This statement is published or closed: its text no longer changes.',
  'store.contention': 'Many changes are being saved at once. Try again in a moment.',
  'statement.not_joined': 'The connection to this statement was interrupted. Reload the page to go on.',
  'rate.limited': 'Too many requests in a short time. Wait a moment, then try again.',
  'auth.required': 'You are signed out. Sign in again to go on.',
  'auth.invalid_credentials': 'The email or the password is wrong.',
  'auth.locked_out': 'This account is locked after too many failed sign-ins. Try again later.',
  'auth.wrong_password': 'The current password is wrong.',
  'antiforgery.invalid': 'Your session needs refreshing. Reload the page, then try again.',
  'setup.refused': 'Setup is over, or the setup token is wrong.',
  'access.forbidden': 'Your role on this statement does not allow this.',
  'access.no_organisation': 'You need to belong to an organisation to start a statement.',
  'access.convening_organisation': 'The organisation that convenes a statement cannot be removed from it.',
  'access.organisation_not_on_statement': "Add the person's organisation to the statement first.",
  'access.lead_outside_convening': 'Only people of the convening organisation can be leads.',
  'access.last_lead': 'A statement must keep at least one lead.',
  'person.not_found': 'That person could not be found.',
  'person.email_taken': 'Someone with this email address already has an account.',
  'organisation.not_found': 'That organisation could not be found.',
  'organisation.already_member': 'This person already belongs to an organisation.',
  'token.not_found': 'That access token could not be found.',
  'invitation.not_found': 'This invitation link is not valid.',
  'invitation.used': 'This invitation link has been used already. Each link works once.',
  'invitation.expired': 'This invitation link has expired. Ask for a new one.',
  'invitation.wrong_person': 'This invitation was sent to another email address.',
  'invitation.sign_in_first': 'You already have an account: sign in first, then open the invitation link again.',
  'invitation.revoked': 'This invitation link was withdrawn, or a newer link was sent. Use the newest link, or ask for a new one.',
  'invitation.has_account': 'This person already has an account: add them by choosing them from the list of people instead.',
  'partner.not_invited': 'Your organisation has no open invitation to take part in this statement.',
  'signoff.no_signatory': 'Some organisations have nobody who can approve for them yet. Their administrators must name a signatory first.',
  'auth.https_required': 'Signing in needs a secure (https) address. Open CoDraft at its https address, or ask whoever runs it.',
  'organisation.name_taken': 'An organisation with this name exists already.',
  'organisation.in_use': 'This organisation still has members or takes part in a statement, so it cannot be removed.',
  'route.not_found': 'This page or address does not exist.',
  'request.method_not_allowed': 'That action is not possible here.',
  'request.too_large': 'What you sent is larger than this server accepts.',
  'request.unsupported_media_type': 'What you sent is in a form this server does not accept.',
  'lifecycle.illegal_transition': 'The statement cannot make that step from where it is now. Reload to see its state.',
  'signoff.no_round': 'No sign-off round is open for this statement.',
  'signoff.wrong_organisation': 'A signatory decides only for their own organisation.',
  'signoff.not_required': 'This round does not ask that organisation for its approval.',
  'signoff.stale_candidate': 'The text to approve has changed since you opened it. Reload to see the current one.',
  'signoff.candidate_outdated': 'The text changed after it was put up for approval. A lead must issue it again first.',
  'signoff.nothing_changed': 'The text is exactly the one already up for approval.',
  'publish.not_approved': 'Not every required organisation has approved exactly this text yet.',
  'publish.text_changed': 'The text changed while it was being published, so nothing was published. Try again.',
  'certificate.not_published': 'The certificate exists once the statement is published.',
  'review.range_invalid': 'Select the passage first.',
  'review.range_deleted': 'The passage you selected has been deleted meanwhile.',
  'comment.not_found': 'That comment could not be found.',
  'comment.already_resolved': 'This comment is resolved already.',
  'comment.not_resolved': 'This comment is still open.',
  'suggestion.not_found': 'That suggestion could not be found.',
  'suggestion.not_open': 'This suggestion was decided already.',
  'suggestion.edited_since': 'The passage was edited since the suggestion was made, so it was not applied.',
  'publication.not_found': 'There is no public statement at this address.',
  'publication.not_published': 'The statement is not published yet.',
  'publication.already_public': 'The statement is public already: its publication date can no longer change.',
  'publication.sign_on_invalid': 'Some fields of the form need attention.',
  'publication.duplicate_organisation': 'An organisation of that name has signed already or is waiting for approval.',
  'publication.sign_on_rate_limited': 'Too many requests from this address. Try again later.',
  'publication.request_not_found': 'That request could not be found.',
  'publication.already_moderated': 'This request was approved or rejected already.',
  'publication.correction_unchanged': 'The corrected text is the same as the public one.',
  'publication.correction_conflict': 'Another correction was published at the same moment. Reload and try again.',
  'publication.correction_not_found': 'That correction could not be found.',
  'publication.correction_superseded': 'A newer correction exists: confirm that one instead.',
  'publication.sign_on_closed': 'This statement no longer takes new signatories.',
  'publication.not_original_signatory': 'Only the organisations that approved the published text are asked to confirm it.',
  [UnknownRefusal]: 'The server could not take your last change.',
  [SendKeepsFailing]: 'Your last change could not be sent: the connection broke each time, perhaps because it is too large.',
};

/** For every code this client does not know, and for failures that carry none. */
export const GenericSentence = 'Something went wrong, and it was not saved.';

/** Edit ops the server could not apply (op.*): the local copy is out of step. */
const OpSentence = 'Your copy of the text is out of step with the server.';

/** A connection that could not be made. */
const UnreachableSentence = 'The server cannot be reached. Check your connection and try again.';

/** The sentence for a stable code; unknown codes and null get the generic one. */
export function sentenceForCode(code: string | null | undefined): string {
  if (code === null || code === undefined) {
    return GenericSentence;
  }
  if (Object.hasOwn(Sentences, code)) {
    return Sentences[code];
  }
  return code.startsWith('op.') ? OpSentence : GenericSentence;
}

/**
 * Codes whose REST `detail` names what only the server knows (which field, which state, which organisations), so
 * the detail is worth more to the reader than the code's general sentence, when it reads as a plain sentence.
 */
const DetailSays: ReadonlySet<string> = new Set([
  'request.invalid',
  'lifecycle.illegal_transition',
  'publish.not_approved',
  'signoff.no_round',
  'signoff.not_required',
]);

/**
 * The sentence to show for any error. A hub refusal: by its code. A REST refusal: by its code, or by the server's
 * own `detail` (written for people, docs/errors.md) when the code is one whose detail names specifics or one this
 * client does not know, provided the detail reads as a plain sentence; otherwise the generic sentence. Strings are
 * this client's own sentences and are shown as they are.
 */
export function errorSentence(error: unknown): string {
  if (typeof error === 'string') {
    return error;
  }
  if (error instanceof ApiError) {
    if (error.status === 0) {
      return UnreachableSentence;
    }
    const known = error.code !== null && (Object.hasOwn(Sentences, error.code) || error.code.startsWith('op.'));
    if ((!known || DetailSays.has(error.code!)) && isPlainSentence(error.message)) {
      return asSentence(error.message);
    }
    return known ? sentenceForCode(error.code) : GenericSentence;
  }
  if (error instanceof TransportError) {
    return error.code === null ? UnreachableSentence : sentenceForCode(error.code);
  }
  return GenericSentence;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : capitalised + '.';
}

/** True for a short human sentence: no code, no exception text, no invocation details. */
export function isPlainSentence(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= 300 &&
    !/Exception|invoking|Failed to invoke|\bat [\w.]+\(/i.test(trimmed) &&
    !/\b[a-z_]+\.[a-z_0-9]+:/.test(trimmed)
  );
}
