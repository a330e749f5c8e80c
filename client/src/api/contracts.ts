import type { components } from './generated/openapi';

/**
 * What the REST API answers and takes: the records of src/CoDraft.Protocol/Rest, as generated from the server's
 * OpenAPI document into generated/openapi.ts (`npm run gen:api`, docs/protocol.md). The names here are the ones the
 * pages import; the hub's messages, which the OpenAPI document does not describe, are written out by hand.
 */
type Schemas = components['schemas'];

/** A statement created from a Word document, with sentences naming what the import left out. */
export type ImportedStatement = Schemas['ImportedStatement'];
export type StatementSummary = Schemas['StatementSummary'];
export type StatementDetails = Schemas['StatementDetails'];
export type RevisionKind = Schemas['RevisionKind'];
export type RevisionView = Schemas['RevisionView'];
export type VersionView = Schemas['VersionView'];
export type RedlineChange = Schemas['RedlineChange'];
export type RedlineSegment = Schemas['RedlineSegment'];
export type RedlineBlock = Schemas['RedlineBlock'];
export type RedlineStats = Schemas['RedlineStats'];
export type RedlineView = Schemas['RedlineView'];
export type StatementRole = Schemas['StatementRole'];

/** The hub's notice that the receiver's role on a statement changed; `role` null when they no longer take part. */
export interface AccessChangedMessage {
  statementId: string;
  role: StatementRole | null;
}

export type OrganisationType = Schemas['OrganisationType'];
export type OrganisationRef = Schemas['OrganisationRef'];
/** The signed-in person, with the organisation they act for. */
export type Me = Schemas['MeView'];
export type SignedIn = Schemas['SignedInView'];
export type Organisation = Schemas['OrganisationView'];
export type NewOrganisation = Schemas['CreateOrganisationRequest'];
export type Member = Schemas['MemberView'];
export type Participant = Schemas['ParticipantView'];
export type StatementAccess = Schemas['StatementAccessView'];
export type NewInvitation = Schemas['CreateInvitationRequest'];
/** An invitation just made: its link (holding the token after '#') is shown this once. */
export type InvitationCreated = Schemas['InvitationCreated'];
export type InvitationAccepted = Schemas['InvitationAccepted'];
/** A personal access token just made: `token` is shown this once. */
export type TokenCreated = Schemas['TokenCreated'];
export type AccessTokenInfo = Schemas['TokenView'];
