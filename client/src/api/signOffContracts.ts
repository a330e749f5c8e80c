import type { components } from './generated/openapi';

/**
 * What the sign-off routes answer and take (docs/review.md), generated from the server's OpenAPI document (see
 * contracts.ts); the hub's messages of this area are written out by hand.
 */
type Schemas = components['schemas'];

export type StatementState = Schemas['StatementState'];
export type DecisionKind = Schemas['SignOffDecisionKind'];

/** An organisation's standing on the current candidate (OrganisationStatusView's `status`). */
export type OrganisationStanding = Schemas['OrganisationStatusView']['status'];

export type LifecycleView = Schemas['LifecycleView'];
export type CandidateView = Schemas['CandidateView'];
/** A decision; `stale` when it is about a text that is no longer the current candidate (kept, never counted). */
export type DecisionView = Schemas['DecisionView'];
export type OrganisationStatusView = Schemas['OrganisationStatusView'];
export type RoundStatus = Schemas['RoundStatus'];
export type RoundView = Schemas['RoundView'];
export type SignOffView = Schemas['SignOffView'];
/** The redline for one organisation; `since` is 'approved', 'decided' or 'none'. */
export type OrganisationRedlineView = Schemas['OrganisationRedlineView'];
export type PublicationView = Schemas['PublicationView'];
/** Where a published statement is for the public, and whether the public can see it yet. */
export type PublicPageView = Schemas['PublicPageView'];
export type AuditEntryView = Schemas['AuditEntryView'];
export type AuditVerification = Schemas['AuditVerification'];
export type DecisionRequest = Schemas['DecisionRequest'];

/** Hub messages of the sign-off area (docs/protocol.md). */
export interface LifecycleMessage {
  statementId: string;
  state: StatementState;
  previous: StatementState;
  changedBy: string;
  at: string;
  reason: string;
}

export interface RoundMessage {
  statementId: string;
  roundId: string;
  change: 'opened' | 'candidate_issued';
  candidateVersion: number;
  candidateSha256: string;
  requiredOrganisations: string[];
  deadline: string | null;
}

export interface DecisionMessage {
  statementId: string;
  roundId: string;
  organisationId: string;
  personId: string;
  kind: DecisionKind;
  candidateVersion: number;
  candidateSha256: string;
  comment: string | null;
  at: string;
  allApproved: boolean;
}
