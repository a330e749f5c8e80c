import { describe, expect, it } from 'vitest';
import { ApiError, type InvitationPreview } from '../../src/api';
import { invitationLinkProblem, invitationSentence, linkValidity, statementInvitationRefusal } from '../../src/access/invitationText';
import { whenWithZone } from '../../src/ui/dom';

const toMember: InvitationPreview = {
  email: 'nora@example.org',
  organisationId: 'o1',
  organisationName: 'Child Rights Network',
  organisationAdmin: false,
  invitedByName: 'Ana Lima',
  invitedByOrganisationName: 'Child Rights Network',
  statementId: null,
  statementTitle: null,
  role: null,
  expiresAt: '2026-12-14T20:30:00Z',
};

describe('the invite page’s preview', () => {
  it('says who invites whom to which organisation', () => {
    expect(invitationSentence(toMember)).toBe('Ana Lima of Child Rights Network invites nora@example.org to join Child Rights Network.');
    expect(invitationSentence({ ...toMember, organisationAdmin: true })).toBe(
      'Ana Lima of Child Rights Network invites nora@example.org to join Child Rights Network as one of its administrators.',
    );
  });

  it('names the inviter alone when they belong to no organisation (a CoDraft administrator)', () => {
    expect(invitationSentence({ ...toMember, invitedByName: 'Ada Admin', invitedByOrganisationName: null, organisationAdmin: true })).toBe(
      'Ada Admin invites nora@example.org to join Child Rights Network as one of its administrators.',
    );
  });

  it('names the statement and the role when the link gives one', () => {
    expect(invitationSentence({ ...toMember, statementId: 's1', statementTitle: 'Open letter', role: 'Editor' })).toBe(
      'Ana Lima of Child Rights Network invites nora@example.org to join Child Rights Network and to take part in the statement “Open letter” as Editor.',
    );
  });

  it('says until when the link works, with the time zone', () => {
    expect(linkValidity(toMember, (iso) => whenWithZone(iso, 'en-US', 'America/New_York'))).toBe('The link works once, until Dec 14, 2026, 3:30 PM EST.');
  });
});

describe('a link that cannot be used', () => {
  it('is explained in a sentence for each reason, without its code', () => {
    const said = ['invitation.not_found', 'invitation.used', 'invitation.expired', 'invitation.revoked'].map((code) => invitationLinkProblem(new ApiError(410, code, 'x')));
    expect(said[0]).toMatch(/^This link holds no invitation we know\./);
    expect(said[1]).toMatch(/^This invitation has been used already\./);
    expect(said[2]).toMatch(/^This invitation has expired\./);
    expect(said[3]).toMatch(/^This invitation was withdrawn, or replaced by a newer link\./);
    expect(said.every((s) => !s.includes('invitation.'))).toBe(true);
  });
});

describe('an invitation to a statement refused', () => {
  it('for someone who has an account points to choosing them instead', () => {
    expect(statementInvitationRefusal(new ApiError(409, 'invitation.has_account', 'x'), 'vera@example.org', 'Enfance Sûre')).toBe(
      'vera@example.org already has an account: choose them under “Add someone who already has an account” instead.',
    );
  });

  it('into an organisation the lead does not administer says whose administrators can', () => {
    expect(statementInvitationRefusal(new ApiError(403, 'access.forbidden', 'x'), 'x@example.org', 'Enfance Sûre')).toMatch(
      /^Only the administrators of Enfance Sûre can invite new people to it\./,
    );
  });
});
