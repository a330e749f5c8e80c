import type {
  AuditEntryView,
  AuditVerification,
  DecisionRequest,
  LifecycleView,
  OrganisationRedlineView,
  PublicationView,
  PublicPageView,
  RoundView,
  SignOffView,
  StatementState,
} from './signOffContracts';
import type { HttpApi } from './http';

const statement = (id: string): string => `/api/statements/${encodeURIComponent(id)}`;

/** The REST calls of review and sign-off (docs/review.md), made through the page's one {@link HttpApi}. */
export function signOffCalls(http: HttpApi) {
  return {
    getLifecycle: (id: string) => http.request<LifecycleView>('GET', `${statement(id)}/lifecycle`),
    /** Withdraws the round (to Drafting) or closes a published statement. */
    changeLifecycle: (id: string, to: StatementState) => http.request<LifecycleView>('POST', `${statement(id)}/lifecycle`, { to }),
    getSignOff: (id: string) => http.request<SignOffView>('GET', `${statement(id)}/signoff`),
    listRounds: (id: string) => http.request<RoundView[]>('GET', `${statement(id)}/signoff/rounds`),
    openRound: (id: string, requiredOrganisations: string[] | null, deadline: string | null) =>
      http.request<SignOffView>('POST', `${statement(id)}/signoff/rounds`, { requiredOrganisations, deadline }),
    reissueCandidate: (id: string) => http.request<SignOffView>('POST', `${statement(id)}/signoff/candidates`),
    decide: (id: string, decision: DecisionRequest) => http.request<SignOffView>('POST', `${statement(id)}/signoff/decisions`, decision),
    getSignOffRedline: (id: string, organisationId: string) =>
      http.request<OrganisationRedlineView>('GET', `${statement(id)}/signoff/redline?organisationId=${encodeURIComponent(organisationId)}`),
    publish: (id: string, publicFrom: string | null) => http.request<PublicationView>('POST', `${statement(id)}/publish`, { publicFrom }),
    /** Moves the embargo of a statement not yet public, or lifts it (null: public now). */
    setPublicFrom: (id: string, publicFrom: string | null) =>
      http.request<PublicPageView>('PUT', `${statement(id)}/publication/public-from`, { publicFrom }),
    getPublication: (id: string) => http.request<PublicationView>('GET', `${statement(id)}/publication`),
    listAudit: (id: string) => http.request<AuditEntryView[]>('GET', `${statement(id)}/audit`),
    verifyAudit: (id: string) => http.request<AuditVerification>('GET', `${statement(id)}/audit/verify`),
    /** The printable certificate of completion, served by the server itself. */
    certificateUrl: (id: string) => `${statement(id)}/certificate.html`,
  };
}
