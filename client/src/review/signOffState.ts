import type {
  AuditEntryView,
  DecisionKind,
  OrganisationStanding,
  OrganisationStatusView,
  SignOffView,
  StatementRole,
  StatementState,
} from '../api';
import { allows } from '../account/permissions';
import { when } from '../ui/dom';
import { StateNames } from '../ui/stateNames';

/** What the sign-off page shows and offers, worked out from the server's answers alone (docs/review.md). */

export const StandingNames: Record<OrganisationStanding, string> = {
  approved: 'Approved',
  changes_requested: 'Changes requested',
  declined: 'Declined',
  pending: 'Waiting',
};

export const DecisionNames: Record<DecisionKind, string> = {
  Approve: 'Approved',
  RequestChanges: 'Requested changes',
  Decline: 'Declined',
};

/** Sign-off is possible while a round is open: in review, or approved (a later decision can still take it back). */
const RoundOpenStates: readonly StatementState[] = ['InReview', 'Approved'];

/** Which sign-off controls the caller gets; the server checks each again. */
export interface SignOffControls {
  /** The organisation the caller decides for, when their role and organisation take part in the open round. */
  decideFor: OrganisationStatusView | null;
  /** Why no decision can be sent now (shown in place of the form), or null when it can. */
  decisionNote: string | null;
  openRound: boolean;
  reissue: boolean;
  withdraw: boolean;
  publish: boolean;
  /** Why publishing is not offered yet, for a lead. */
  publishNote: string | null;
  close: boolean;
}

export function signOffControls(view: SignOffView, role: StatementRole | null, organisationId: string | null): SignOffControls {
  const lead = role === 'Lead';
  const roundOpen = view.round !== null && RoundOpenStates.includes(view.state);
  const mine = roundOpen ? (view.round!.organisations.find((o) => o.organisationId === organisationId) ?? null) : null;
  let decideFor: OrganisationStatusView | null = null;
  let decisionNote: string | null = null;
  if (allows(role, 'Approve') && roundOpen) {
    if (mine === null) {
      decisionNote = 'Your organisation is not asked to sign off in this round.';
    } else {
      decideFor = mine;
      if (!view.candidateIsCurrentText) {
        decisionNote = `The text has changed since this candidate was issued (it is now version ${view.headVersion}). Decisions wait until a lead re-issues the current text.`;
      }
    }
  } else if (roundOpen && role !== null) {
    decisionNote = `Your organisation's signatory decides; your role (${role}) does not take sign-off decisions.`;
  }
  return {
    decideFor,
    decisionNote,
    openRound: lead && view.state === 'Drafting',
    reissue: lead && roundOpen && !view.candidateIsCurrentText,
    withdraw: lead && roundOpen,
    publish: lead && view.state === 'Approved',
    publishNote: lead && roundOpen && view.state !== 'Approved' ? publishWaitsFor(view) : null,
    close: lead && view.state === 'Published',
  };
}

/** What publishing waits for, in words: the organisations that have not approved the current text. */
export function publishWaitsFor(view: SignOffView): string {
  if (!view.candidateIsCurrentText) {
    return 'Publishing waits until the changed text is re-issued and approved by every required organisation.';
  }
  const missing = view.round?.organisations.filter((o) => o.status !== 'approved').map((o) => o.name) ?? [];
  return missing.length === 0 ? 'Publishing waits for the approval to be recorded.' : `Publishing waits for the approval of ${listOf(missing)}.`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why a decision cannot be sent as filled in, or null when it can. */
export function decisionProblem(kind: DecisionKind | null, comment: string): string | null {
  if (kind === null) {
    return 'Choose approve, request changes or decline.';
  }
  if (kind === 'RequestChanges' && comment.trim() === '') {
    return 'Say what needs to change: a request for changes needs a comment.';
  }
  return null;
}

/** A `datetime-local` input's value as an instant (the reader's time zone), or null when empty. */
export function instantFromInput(value: string): string | null {
  if (value.trim() === '') {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a `datetime-local` input's value in the reader's time zone, to the minute. */
export function inputFromInstant(iso: string): string {
  const date = new Date(iso);
  date.setMinutes(date.getMinutes() - date.getTimezoneOffset());
  return date.toISOString().slice(0, 16);
}

/** The first characters of a hash, enough to tell candidates apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

type Details = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * One audit entry in words. `names` maps organisation and person ids to names (those taking part); an unknown id
 * is shown as "an organisation" or "someone".
 */
export function describeAudit(entry: AuditEntryView, names: ReadonlyMap<string, string>): string {
  const d = (typeof entry.details === 'object' && entry.details !== null ? entry.details : {}) as Details;
  const org = (key = 'organisationId') => names.get(str(d[key])) ?? 'an organisation';
  const person = (key = 'personId') => names.get(str(d[key])) ?? 'someone';
  switch (entry.action) {
    case 'statement.created':
      return `Created the statement “${str(d.title)}”`;
    case 'revision.recorded': {
      const kind = d.kind === 'Candidate' ? 'Candidate revision' : d.kind === 'Named' ? `Named revision “${str(d.label)}”` : 'Revision';
      return `${kind} at version ${str(d.version)}: ${str(d.insertedCharacters)} characters inserted, ${str(d.deletedCharacters)} deleted`;
    }
    case 'lifecycle.changed':
      return `State ${StateNames[d.from as StatementState] ?? str(d.from)} → ${StateNames[d.to as StatementState] ?? str(d.to)}${d.reason ? ` (${str(d.reason)})` : ''}`;
    case 'signoff.round_opened':
      return `Opened a sign-off round on version ${str(d.version)}`;
    case 'signoff.candidate_issued':
      return `Re-issued the candidate: version ${str(d.version)} (was ${str(d.previousVersion)})`;
    case 'signoff.decision':
      return `${DecisionNames[d.decision as DecisionKind] ?? str(d.decision)} version ${str(d.version)} for ${org()}${d.comment ? `: “${str(d.comment)}”` : ''}`;
    case 'publication.published':
      return `Published version ${str(d.version)}${d.publicFrom ? `, public from ${when(str(d.publicFrom))}` : ''}`;
    case 'publication.public_from_changed':
      return d.lifted === true
        ? `Lifted the embargo: public from ${when(str(d.publicFrom))}`
        : `Moved the embargo to ${when(str(d.publicFrom))} (was ${when(str(d.previousPublicFrom))})`;
    case 'access.partner_invited':
      return `Invited ${org()} to take part`;
    case 'access.partner_added':
      return d.acceptedBy ? `Accepted, for ${org()}, to take part` : `Added ${org()} as a partner`;
    case 'access.partner_declined':
      return `Declined, for ${org()}, to take part`;
    case 'access.signatory_proposed':
      return `Proposed ${person()} as signatory for ${org()}`;
    case 'access.signatory_removed':
      return `Withdrew ${person()} as signatory for ${org()}`;
    case 'access.partner_removed':
      return `Removed ${org()} as a partner`;
    case 'access.role_set':
      return d.confirmedBy ? `Named ${person()} signatory for ${org()}` : `Gave ${person()} the role ${str(d.role)}`;
    case 'access.person_removed':
      return `Removed ${person()} from the statement`;
    case 'comment.created':
      return `Commented on “${str(d.quote)}”: “${str(d.body)}”`;
    case 'comment.replied':
      return `Replied to a comment: “${str(d.body)}”`;
    case 'comment.resolved':
      return 'Resolved a comment';
    case 'comment.reopened':
      return 'Reopened a comment';
    case 'suggestion.created':
      return d.replacement === '' ? `Suggested deleting “${str(d.quote)}”` : `Suggested “${str(d.replacement)}” for “${str(d.quote)}”`;
    case 'suggestion.decided':
      return d.decision === 'accepted'
        ? `Accepted a suggestion${d.version ? `: version ${str(d.version)}` : ''}`
        : d.decision === 'superseded'
          ? 'A suggestion was superseded (an overlapping one was accepted)'
          : 'Rejected a suggestion';
    default:
      // An entry this page does not know yet is still shown, in words, never as its code.
      return 'Recorded a change';
  }
}
