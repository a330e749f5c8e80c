import type { RedlineView } from './contracts';

/** What the sign-off routes answer and take, as src/CoDraft.Server/Apis/Contracts/SignOffContracts.cs defines them (docs/review.md). */

export type StatementState = 'Drafting' | 'InReview' | 'Approved' | 'Published' | 'Closed';

export type DecisionKind = 'Approve' | 'RequestChanges' | 'Decline';

/** An organisation's standing on the current candidate. */
export type OrganisationStanding = 'approved' | 'changes_requested' | 'declined' | 'pending';

export interface LifecycleView {
  statementId: string;
  state: StatementState;
  changedAt: string | null;
  changedBy: string | null;
  next: StatementState[];
}

export interface CandidateView {
  version: number;
  sha256: string;
  issuedAt: string;
}

/** A decision; `stale` when it is about a text that is no longer the current candidate (kept, never counted). */
export interface DecisionView {
  organisationId: string;
  organisationName: string;
  personId: string;
  personName: string;
  kind: DecisionKind;
  candidateVersion: number;
  candidateSha256: string;
  comment: string | null;
  at: string;
  stale: boolean;
}

export interface OrganisationStatusView {
  organisationId: string;
  name: string;
  status: OrganisationStanding;
  current: DecisionView | null;
  lastApprovedVersion: number | null;
  hasStaleDecisions: boolean;
}

export type RoundStatus = 'Open' | 'Completed' | 'Withdrawn';

export interface RoundView {
  id: string;
  number: number;
  status: RoundStatus;
  openedAt: string;
  openedBy: string;
  deadline: string | null;
  overdue: boolean;
  current: CandidateView;
  candidates: CandidateView[];
  organisations: OrganisationStatusView[];
  decisions: DecisionView[];
  allApproved: boolean;
}

export interface SignOffView {
  statementId: string;
  state: StatementState;
  headVersion: number;
  headSha256: string;
  round: RoundView | null;
  candidateIsCurrentText: boolean;
}

export interface OrganisationRedlineView {
  organisationId: string;
  since: 'approved' | 'decided' | 'none';
  fromVersion: number | null;
  fromSha256: string | null;
  toVersion: number;
  toSha256: string;
  redline: RedlineView | null;
}

export interface PublicationView {
  statementId: string;
  version: number;
  sha256: string;
  text: string;
  html: string;
  publishedAt: string;
  publishedBy: string;
  publicFrom: string | null;
}

/** Where a published statement is for the public, and whether the public can see it yet. */
export interface PublicPageView {
  slug: string;
  path: string;
  url: string;
  publicFrom: string | null;
  isPublic: boolean;
}

export interface AuditEntryView {
  sequence: number;
  at: string;
  actor: string;
  actorName: string | null;
  action: string;
  details: unknown;
  previousHash: string;
  hash: string;
}

export interface AuditVerification {
  isIntact: boolean;
  verifiedEntries: number;
  brokenAt: number | null;
  problem: string | null;
  headHash: string | null;
}

export interface DecisionRequest {
  decision: DecisionKind;
  sha256: string;
  comment?: string;
}

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
