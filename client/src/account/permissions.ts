import type { Me, StatementAccess, StatementRole } from '../api';

/** What a role may do on a statement; a copy of the server's StatementPermissions, used only to hide controls. */
export type StatementAction =
  | 'Read'
  | 'Edit'
  | 'NameRevision'
  | 'ManagePartners'
  | 'ManagePeople'
  | 'Comment'
  | 'Suggest'
  | 'Approve'
  | 'AcceptSuggestion'
  | 'OpenRound'
  | 'Publish';

const Allowed: Record<StatementAction, readonly StatementRole[]> = {
  Read: ['Viewer', 'Commenter', 'Signatory', 'Editor', 'Lead'],
  Edit: ['Editor', 'Lead'],
  NameRevision: ['Editor', 'Lead'],
  ManagePartners: ['Lead'],
  ManagePeople: ['Lead'],
  Comment: ['Commenter', 'Signatory', 'Editor', 'Lead'],
  Suggest: ['Commenter', 'Signatory', 'Editor', 'Lead'],
  Approve: ['Signatory', 'Lead'],
  AcceptSuggestion: ['Lead'],
  OpenRound: ['Lead'],
  Publish: ['Lead'],
};

export const Roles: readonly StatementRole[] = ['Viewer', 'Commenter', 'Signatory', 'Editor', 'Lead'];

/** True when `role` may do `action`; no role may do nothing. */
export function allows(role: StatementRole | null, action: StatementAction): boolean {
  return role !== null && Allowed[action].includes(role);
}

/** The caller's role on a statement: it counts only for the organisation they act for now, as on the server. */
export function roleOf(access: StatementAccess, me: Me | null): StatementRole | null {
  const mine = access.people.find((p) => p.personId === me?.id && p.organisationId === me.organisation?.id);
  return mine?.role ?? null;
}

/** The roles a person of `organisationId` may be given: leads come from the convening organisation only. */
export function rolesFor(access: StatementAccess, organisationId: string): readonly StatementRole[] {
  return organisationId === access.convening.id ? Roles : Roles.filter((r) => r !== 'Lead');
}

/** True when the caller administers `organisationId` (its own administrators, or CoDraft's). */
export function administers(me: Me | null, organisationId: string): boolean {
  return me !== null && (me.isAdministrator || (me.isOrganisationAdmin && me.organisation?.id === organisationId));
}
