import type {
  DecisionKind,
  OrganisationStanding,
  OrganisationStatusView,
  SignOffView,
  StatementRole,
  StatementState,
} from '../api';
import { allows } from '../account/permissions';

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

/** The sign-off view and what the caller may do with it, which most parts of the sign-off page show. */
export interface SignOffShown {
  view: SignOffView;
  controls: SignOffControls;
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
