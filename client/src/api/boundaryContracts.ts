import type { Organisation, StatementRole } from './contracts';

/**
 * The organisation boundary (issue 14, docs/accounts.md): an organisation takes part in a statement only when its
 * administrators accept, and names who signs for it. These are the server's shapes for that.
 */

/** A partner organisation invited to a statement that has not (or not yet) said yes. */
export interface InvitedPartner {
  organisation: Organisation;
  status: 'Invited' | 'Declined';
  invitedByName: string;
  invitedAt: string;
  answeredAt: string | null;
}

/** A lead's proposal that a person of another organisation signs for it, until that organisation confirms. */
export interface SignatoryProposal {
  personId: string;
  name: string;
  organisationId: string;
  proposedByName: string;
  proposedAt: string;
}

/** Someone of an organisation taking part who has an account and no role on the statement yet. */
export interface AccessCandidate {
  personId: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

/** A link invitation not used yet (of a statement, or of an organisation). */
export interface PendingInvitation {
  id: string;
  email: string;
  organisationId: string;
  organisationName: string;
  organisationAdmin: boolean;
  statementId: string | null;
  statementTitle: string | null;
  role: StatementRole | null;
  invitedByName: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

/** What an invitation link offers, shown before it is accepted (anyone holding the link may ask). */
export interface InvitationPreview {
  email: string;
  organisationId: string;
  organisationName: string;
  organisationAdmin: boolean;
  invitedByName: string;
  /** Null when the inviter belongs to no organisation (a CoDraft administrator). */
  invitedByOrganisationName: string | null;
  statementId: string | null;
  statementTitle: string | null;
  role: StatementRole | null;
  expiresAt: string;
}

/** Where an organisation stands on a statement, as its administrators see it. */
export type OrganisationStatementStatus = 'Convening' | 'Invited' | 'TakingPart' | 'Declined';

export interface PersonRef {
  personId: string;
  name: string;
}

export interface OrganisationSignatoryProposal extends PersonRef {
  proposedByName: string;
  proposedAt: string;
}

/** A statement an organisation convenes, takes part in, is invited to or declined. */
export interface OrganisationStatement {
  statementId: string;
  title: string;
  convening: Organisation;
  status: OrganisationStatementStatus;
  invitedByName: string | null;
  invitedAt: string | null;
  signatories: PersonRef[];
  signatoryProposals: OrganisationSignatoryProposal[];
}
