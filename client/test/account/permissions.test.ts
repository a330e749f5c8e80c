import { describe, expect, it } from 'vitest';
import type { Me, StatementAccess } from '../../src/api';
import { administers, allows, roleOf, rolesFor } from '../../src/account/permissions';

const convening = { id: 'org-a', name: 'A', country: 'DE', type: 'Ngo', website: null } as const;
const partner = { id: 'org-b', name: 'B', country: 'FR', type: 'Ngo', website: null } as const;
const access: StatementAccess = {
  statementId: 's1',
  convening,
  partners: [partner],
  people: [
    { personId: 'ana', name: 'Ana', organisationId: 'org-a', role: 'Lead' },
    { personId: 'ben', name: 'Ben', organisationId: 'org-b', role: 'Viewer' },
  ],
  invitedPartners: [],
  signatoryProposals: [],
  organisationsWithoutSignatory: [],
};
const person = (id: string, organisationId: string | null, extra: Partial<Me> = {}): Me => ({
  id,
  email: `${id}@example.org`,
  name: id,
  isAdministrator: false,
  organisation: organisationId ? { id: organisationId, name: organisationId } : null,
  isOrganisationAdmin: false,
  ...extra,
});

describe('the controls a person is shown', () => {
  it('follow the role table: only editors and leads edit, only leads manage', () => {
    expect(['Viewer', 'Commenter', 'Signatory', 'Editor', 'Lead'].filter((r) => allows(r as never, 'Edit'))).toEqual(['Editor', 'Lead']);
    expect(['Viewer', 'Commenter', 'Signatory', 'Editor', 'Lead'].filter((r) => allows(r as never, 'ManagePeople'))).toEqual(['Lead']);
    expect(allows(null, 'Read')).toBe(false);
  });

  it('follow the role table for review: commenters and up comment and suggest, signatories and leads decide, leads accept and publish', () => {
    const roles = ['Viewer', 'Commenter', 'Signatory', 'Editor', 'Lead'] as const;
    expect(roles.filter((r) => allows(r, 'Suggest'))).toEqual(['Commenter', 'Signatory', 'Editor', 'Lead']);
    expect(roles.filter((r) => allows(r, 'Comment'))).toEqual(['Commenter', 'Signatory', 'Editor', 'Lead']);
    expect(roles.filter((r) => allows(r, 'Approve'))).toEqual(['Signatory', 'Lead']);
    expect(roles.filter((r) => allows(r, 'AcceptSuggestion') || allows(r, 'OpenRound') || allows(r, 'Publish'))).toEqual(['Lead']);
  });

  it('count a role only while its holder acts for the organisation it was given for', () => {
    expect(roleOf(access, person('ben', 'org-b'))).toBe('Viewer');
    expect(roleOf(access, person('ben', 'org-c'))).toBeNull();
    expect(roleOf(access, person('cleo', 'org-a'))).toBeNull();
    expect(roleOf(access, null)).toBeNull();
  });

  it('offer the lead role only for the convening organisation', () => {
    expect(rolesFor(access, 'org-a')).toContain('Lead');
    expect(rolesFor(access, 'org-b')).toEqual(['Viewer', 'Commenter', 'Signatory', 'Editor']);
  });

  it("let an organisation's administrators and CoDraft's manage its members, nobody else", () => {
    expect(administers(person('ana', 'org-a', { isOrganisationAdmin: true }), 'org-a')).toBe(true);
    expect(administers(person('ana', 'org-a', { isOrganisationAdmin: true }), 'org-b')).toBe(false);
    expect(administers(person('ben', 'org-b'), 'org-b')).toBe(false);
    expect(administers(person('root', null, { isAdministrator: true }), 'org-b')).toBe(true);
  });
});
