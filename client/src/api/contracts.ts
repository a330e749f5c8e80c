import type { InvitedPartner, SignatoryProposal } from './boundaryContracts';

/** What the REST API answers and takes, as the server's contracts (src/CoDraft.Server/Apis/Contracts) define them. */

/** A statement created from a Word document, with sentences naming what the import left out. */
export interface ImportedStatement extends StatementSummary {
  warnings: string[];
}

export interface StatementSummary {
  id: string;
  title: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatementDetails extends StatementSummary {
  text: string;
  sha256: string;
  html: string;
}

export type RevisionKind = 'Auto' | 'Named' | 'Candidate';

export interface RevisionView {
  id: string;
  version: number;
  kind: RevisionKind;
  label: string | null;
  author: string;
  createdAt: string;
  sha256: string;
}

export interface VersionView {
  version: number;
  text: string;
  sha256: string;
  html: string;
}

export type RedlineChange = 'Unchanged' | 'Added' | 'Removed' | 'Changed' | 'Moved';

export interface RedlineSegment {
  kind: 'Equal' | 'Inserted' | 'Deleted';
  text: string;
}

export interface RedlineBlock {
  kind: string;
  change: RedlineChange;
  before: string | null;
  after: string | null;
  segments: RedlineSegment[];
}

export interface RedlineStats {
  wordsInserted: number;
  wordsDeleted: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksChanged: number;
  blocksMoved: number;
}

export interface RedlineView {
  from: number;
  to: number;
  html: string;
  blocks: RedlineBlock[];
  stats: RedlineStats;
}

export type StatementRole = 'Viewer' | 'Commenter' | 'Signatory' | 'Editor' | 'Lead';

/** The hub's notice that the receiver's role on a statement changed; `role` null when they no longer take part. */
export interface AccessChangedMessage {
  statementId: string;
  role: StatementRole | null;
}

export type OrganisationType = 'Ngo' | 'Network' | 'Foundation' | 'Academic' | 'Company' | 'PublicBody' | 'Other';

export interface OrganisationRef {
  id: string;
  name: string;
}

/** The signed-in person, with the organisation they act for. */
export interface Me {
  id: string;
  email: string;
  name: string;
  isAdministrator: boolean;
  organisation: OrganisationRef | null;
  isOrganisationAdmin: boolean;
}

export interface SignedIn {
  person: Me;
  csrfToken: string;
  csrfHeader: string;
}

export interface Organisation {
  id: string;
  name: string;
  country: string;
  type: OrganisationType;
  website: string | null;
}

export interface NewOrganisation {
  name: string;
  country: string;
  type: OrganisationType;
  website: string | null;
}

export interface Member {
  personId: string;
  name: string;
  email: string;
  isOrganisationAdmin: boolean;
  joinedAt: string;
}

export interface Participant {
  personId: string;
  name: string;
  organisationId: string;
  role: StatementRole;
}

export interface StatementAccess {
  statementId: string;
  convening: Organisation;
  /** The partner organisations taking part (their administrators accepted). */
  partners: Organisation[];
  /** Partners invited and not taking part: waiting for their administrators, or declined. */
  invitedPartners: InvitedPartner[];
  people: Participant[];
  signatoryProposals: SignatoryProposal[];
  /** Organisations taking part where nobody can approve: no signatory (nor, for the convening one, a lead). */
  organisationsWithoutSignatory: string[];
}

export interface NewInvitation {
  email: string;
  organisationId: string;
  organisationAdmin?: boolean;
  statementId?: string;
  role?: StatementRole;
  expiresInDays?: number;
}

/** An invitation just made: its link (holding the token after '#') is shown this once. */
export interface InvitationCreated {
  id: string;
  email: string;
  token: string;
  link: string;
  expiresAt: string;
}

export interface InvitationAccepted {
  person: Me;
  organisationId: string;
  statementId: string | null;
  role: StatementRole | null;
}

/** A personal access token just made: `token` is shown this once. */
export interface TokenCreated {
  id: string;
  name: string;
  token: string;
  expiresAt: string;
}

export interface AccessTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}
