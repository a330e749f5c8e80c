import type { InvitationCreated } from './contracts';
import type { AccessCandidate, InvitationPreview, OrganisationStatement, PendingInvitation } from './boundaryContracts';
import type { HttpApi } from './http';

const statement = (id: string): string => `/api/statements/${encodeURIComponent(id)}`;
const organisation = (id: string): string => `/api/organisations/${encodeURIComponent(id)}`;
const onStatement = (organisationId: string, statementId: string): string => `${organisation(organisationId)}/statements/${encodeURIComponent(statementId)}`;

/** The REST calls of the organisation boundary: who takes part, who signs, and link invitations (docs/accounts.md). */
export function boundaryCalls(http: HttpApi) {
  return {
    /** People of the organisations taking part who have an account and no role on the statement yet. */
    listCandidates: (id: string) => http.request<AccessCandidate[]>('GET', `${statement(id)}/access/candidates`),
    listStatementInvitations: (id: string) => http.request<PendingInvitation[]>('GET', `${statement(id)}/invitations`),
    listOrganisationInvitations: (organisationId: string) =>
      http.request<PendingInvitation[]>('GET', `/api/invitations?organisationId=${encodeURIComponent(organisationId)}`),
    /** A new link for the invitation; the old one stops working. */
    resendInvitation: (invitationId: string) => http.request<InvitationCreated>('POST', `/api/invitations/${encodeURIComponent(invitationId)}/resend`),
    revokeInvitation: (invitationId: string) => http.request<void>('DELETE', `/api/invitations/${encodeURIComponent(invitationId)}`),
    /** What a link offers; works signed out, so a 401 is never a lost session here. */
    previewInvitation: (token: string) => http.request<InvitationPreview>('POST', '/api/invitations/preview', { token }, { signedOutIsAnswer: true }),

    listOrganisationStatements: (organisationId: string) => http.request<OrganisationStatement[]>('GET', `${organisation(organisationId)}/statements`),
    acceptToTakePart: (organisationId: string, statementId: string) => http.request<unknown>('POST', `${onStatement(organisationId, statementId)}/accept`),
    declineToTakePart: (organisationId: string, statementId: string) => http.request<unknown>('POST', `${onStatement(organisationId, statementId)}/decline`),
    /** Confirms a proposal, or names a member as the organisation's signatory directly. */
    nameSignatory: (organisationId: string, statementId: string, personId: string) =>
      http.request<unknown>('PUT', `${onStatement(organisationId, statementId)}/signatories/${encodeURIComponent(personId)}`),
    /** Rejects a proposal, or takes the signatory role away. */
    removeSignatory: (organisationId: string, statementId: string, personId: string) =>
      http.request<unknown>('DELETE', `${onStatement(organisationId, statementId)}/signatories/${encodeURIComponent(personId)}`),
  };
}
