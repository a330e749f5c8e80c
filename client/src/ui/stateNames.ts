import type { StatementState } from '../api';

/** The words for a statement's lifecycle states, shared by the state badge, the sign-off page and the audit log. */

export const StateNames: Record<StatementState, string> = {
  Drafting: 'Drafting',
  InReview: 'In review',
  Approved: 'Approved',
  Published: 'Published',
  Closed: 'Closed',
};

export const StateExplanations: Record<StatementState, string> = {
  Drafting: 'The text is being written. No sign-off round is open.',
  InReview: 'A sign-off round is open: each required organisation decides on the candidate text.',
  Approved: 'Every required organisation approved exactly this text. A lead can publish it.',
  Published: 'Published: the text no longer changes.',
  Closed: 'Closed: the statement is published and finished.',
};
