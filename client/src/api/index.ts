import type {
  AccessTokenInfo,
  InvitationAccepted,
  InvitationCreated,
  Me,
  Member,
  NewInvitation,
  NewOrganisation,
  Organisation,
  RedlineView,
  RevisionView,
  SignedIn,
  StatementAccess,
  StatementDetails,
  StatementRole,
  StatementSummary,
  ImportedStatement,
  TokenCreated,
  VersionView,
} from './contracts';
import { DraftHub } from './draftHub';
import { ApiError, HttpApi } from './http';
import { boundaryCalls } from './boundary';
import { reviewCalls } from './review';
import { wordUploadCalls } from './wordUpload';
import { signOffCalls } from './signOff';

/**
 * Every call the client makes to the server: REST under /api (through {@link http}, which adds the session's
 * anti-forgery token and reports a lost session) and the live-editing hub at /hubs/draft.
 */

export * from './contracts';
export * from './signOffContracts';
export * from './reviewContracts';
export * from './boundaryContracts';
export * from './wordUploadContracts';
export { ApiError, CsrfHeader, HttpApi } from './http';
export { DraftHub, hubError, isSignedOutError } from './draftHub';

/** The page's one REST client; main.ts sends the reader to the sign-in page when it finds the session gone. */
export const http = new HttpApi((input, init) => fetch(input, init));

const statement = (id: string): string => `/api/statements/${encodeURIComponent(id)}`;
const organisation = (id: string): string => `/api/organisations/${encodeURIComponent(id)}`;

/** Starts a session: keeps the anti-forgery token bound to it and returns the person. */
function session(signedIn: SignedIn): Me {
  http.useCsrfToken(signedIn.csrfToken);
  return signedIn.person;
}

export const api = {
  listStatements: () => http.request<StatementSummary[]>('GET', '/api/statements'),
  createStatement: (title: string, text: string) => http.request<StatementSummary>('POST', '/api/statements', { title, text }),
  importStatement: (file: File, title: string) => {
    const form = new FormData();
    form.append('file', file);
    if (title.trim() !== '') {
      form.append('title', title);
    }
    return http.request<ImportedStatement>('POST', '/api/statements/import', form);
  },
  getStatement: (id: string) => http.request<StatementDetails>('GET', statement(id)),
  listRevisions: (id: string) => http.request<RevisionView[]>('GET', `${statement(id)}/revisions`),
  nameRevision: (id: string, label: string) => http.request<RevisionView>('POST', `${statement(id)}/revisions`, { label }),
  getVersion: (id: string, version: number) => http.request<VersionView>('GET', `${statement(id)}/versions/${version}`),
  getRedline: (id: string, from: number, to: number) => http.request<RedlineView>('GET', `${statement(id)}/redline?from=${from}&to=${to}`),

  /** The signed-in person, or null when nobody is. */
  me: () =>
    http.request<Me>('GET', '/api/auth/me', undefined, { signedOutIsAnswer: true }).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) {
        return null;
      }
      throw e;
    }),
  signIn: async (email: string, password: string) =>
    session(await http.request<SignedIn>('POST', '/api/auth/sign-in', { email, password }, { signedOutIsAnswer: true })),
  /** Ends the session; one that had ended already counts as ended. */
  signOut: async () => {
    try {
      await http.request<void>('POST', '/api/auth/sign-out', undefined, { signedOutIsAnswer: true });
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) {
        throw e;
      }
    }
    http.forgetCsrfToken();
  },
  changePassword: async (currentPassword: string, newPassword: string) =>
    session(await http.request<SignedIn>('POST', '/api/auth/password', { currentPassword, newPassword })),
  setup: (token: string, email: string, name: string, password: string) =>
    http.request<Me>('POST', '/api/auth/setup', { token, email, name, password }, { signedOutIsAnswer: true }),

  listOrganisations: () => http.request<Organisation[]>('GET', '/api/organisations'),
  getOrganisation: (id: string) => http.request<Organisation>('GET', organisation(id)),
  createOrganisation: (o: NewOrganisation) => http.request<Organisation>('POST', '/api/organisations', o),
  listMembers: (id: string) => http.request<Member[]>('GET', `${organisation(id)}/members`),
  setOrganisationAdmin: (id: string, personId: string, isOrganisationAdmin: boolean) =>
    http.request<void>('PUT', `${organisation(id)}/members/${encodeURIComponent(personId)}`, { isOrganisationAdmin }),
  removeMember: (id: string, personId: string) => http.request<void>('DELETE', `${organisation(id)}/members/${encodeURIComponent(personId)}`),

  invite: (invitation: NewInvitation) => http.request<InvitationCreated>('POST', '/api/invitations', invitation),
  /** Accepts an invitation; a new person gives a name and password and is signed in by it. */
  acceptInvitation: async (token: string, name?: string, password?: string) => {
    const accepted = await http.request<InvitationAccepted>('POST', '/api/invitations/accept', { token, name, password }, { signedOutIsAnswer: true });
    // A new person's session starts with the answer; its anti-forgery token is asked for when first needed.
    http.forgetCsrfToken();
    return accepted;
  },

  getAccess: (id: string) => http.request<StatementAccess>('GET', `${statement(id)}/access`),
  addPartner: (id: string, organisationId: string) => http.request<StatementAccess>('POST', `${statement(id)}/access/partners`, { organisationId }),
  removePartner: (id: string, organisationId: string) =>
    http.request<StatementAccess>('DELETE', `${statement(id)}/access/partners/${encodeURIComponent(organisationId)}`),
  setRole: (id: string, personId: string, role: StatementRole) =>
    http.request<StatementAccess>('PUT', `${statement(id)}/access/people/${encodeURIComponent(personId)}`, { role }),
  removePerson: (id: string, personId: string) => http.request<StatementAccess>('DELETE', `${statement(id)}/access/people/${encodeURIComponent(personId)}`),
  withdrawProposal: (id: string, personId: string) =>
    http.request<StatementAccess>('DELETE', `${statement(id)}/access/signatory-proposals/${encodeURIComponent(personId)}`),

  listTokens: () => http.request<AccessTokenInfo[]>('GET', '/api/tokens'),
  createToken: (name: string, expiresInDays: number) => http.request<TokenCreated>('POST', '/api/tokens', { name, expiresInDays }),
  revokeToken: (id: string) => http.request<void>('DELETE', `/api/tokens/${encodeURIComponent(id)}`),

  // Review and sign-off (docs/review.md)
  ...signOffCalls(http),
  // Comments and suggestions (docs/comments.md)
  ...reviewCalls(http),
  ...wordUploadCalls(http),
  // Who takes part and who signs for an organisation; link invitations (docs/accounts.md)
  ...boundaryCalls(http),
};

/** A live-editing hub connection that reports a lost session as REST calls do. */
export function draftHub(): DraftHub {
  return new DraftHub(() => http.signedOut());
}
