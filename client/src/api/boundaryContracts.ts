import type { components } from './generated/openapi';

/**
 * The organisation boundary (issue 14, docs/accounts.md): an organisation takes part in a statement only when its
 * administrators accept, and names who signs for it. These are the server's shapes for that, generated from its
 * OpenAPI document (see contracts.ts).
 */
type Schemas = components['schemas'];

/** A partner organisation invited to a statement that has not (or not yet) said yes. */
export type InvitedPartner = Schemas['InvitedPartnerView'];
/** A lead's proposal that a person of another organisation signs for it, until that organisation confirms. */
export type SignatoryProposal = Schemas['SignatoryProposalView'];
/** Someone of an organisation taking part who has an account and no role on the statement yet. */
export type AccessCandidate = Schemas['PersonCandidateView'];
/** A link invitation not used yet (of a statement, or of an organisation). */
export type PendingInvitation = Schemas['InvitationView'];
/** What an invitation link offers, shown before it is accepted (anyone holding the link may ask). */
export type InvitationPreview = Schemas['InvitationPreview'];
/** Where an organisation stands on a statement, as its administrators see it. */
export type OrganisationStatementStatus = Schemas['OrganisationStatementStatus'];
export type PersonRef = Schemas['PersonRefView'];
export type OrganisationSignatoryProposal = Schemas['SignatoryProposalView'];
/** A statement an organisation convenes, takes part in, is invited to or declined. */
export type OrganisationStatement = Schemas['OrganisationStatementView'];
