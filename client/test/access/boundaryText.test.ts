import { describe, expect, it } from 'vitest';
import { ApiError, type Organisation, type OrganisationStatement, type StatementAccess } from '../../src/api';
import {
  listOfNames,
  noSignatoryRefusal,
  organisationsWithoutSignatory,
  partnerStanding,
  proposalStanding,
  waitingForAdministrators,
  withoutSignatoryWarning,
} from '../../src/access/boundaryText';
import { whenWithZone } from '../../src/ui/dom';

const inBrussels = (iso: string) => whenWithZone(iso, 'en-US', 'Europe/Brussels');

function organisation(id: string, name: string): Organisation {
  return { id, name, country: 'BE', type: 'Ngo', website: null };
}

const network = organisation('o1', 'Child Rights Network');
const enfance = organisation('o2', 'Enfance Sûre');
const kinder = organisation('o3', 'Kinderschutz Allianz');

function access(without: string[]): StatementAccess {
  return {
    statementId: 's1',
    convening: network,
    partners: [enfance, kinder],
    invitedPartners: [],
    people: [],
    signatoryProposals: [],
    organisationsWithoutSignatory: without,
  };
}

function onStatement(status: OrganisationStatement['status'], proposals = 0): OrganisationStatement {
  return {
    statementId: `s-${status}-${proposals}`,
    title: 'Letter',
    convening: network,
    status,
    invitedByName: 'Ana Lima',
    invitedAt: '2026-12-07T20:00:00Z',
    signatories: [],
    signatoryProposals: Array.from({ length: proposals }, (_, i) => ({ personId: `p${i}`, name: `P${i}`, organisationId: network.id, proposedByName: 'Ana Lima', proposedAt: '2026-12-07T20:00:00Z' })),
  };
}

describe('names in a sentence', () => {
  it('are joined with commas and a final “and”', () => {
    expect(listOfNames([])).toBe('');
    expect(listOfNames(['A'])).toBe('A');
    expect(listOfNames(['A', 'B'])).toBe('A and B');
    expect(listOfNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('an invited partner', () => {
  it('is shown waiting for its administrators, with who invited it and when, in the reader’s time zone', () => {
    const text = partnerStanding({ organisation: enfance, status: 'Invited', invitedByName: 'Ana Lima', invitedAt: '2026-12-07T20:30:00Z', answeredAt: null }, inBrussels);
    expect(text).toBe('Invited by Ana Lima on Dec 7, 2026, 9:30 PM GMT+1: waiting for its administrators to accept.');
  });

  it('that declined says so, and when', () => {
    const text = partnerStanding({ organisation: enfance, status: 'Declined', invitedByName: 'Ana Lima', invitedAt: '2026-12-07T20:30:00Z', answeredAt: '2026-07-01T08:00:00Z' }, inBrussels);
    expect(text).toBe('Declined on Jul 1, 2026, 10:00 AM GMT+2: it does not take part.');
  });
});

describe('a signatory proposal on the statement side', () => {
  it('names the organisation whose administrators must confirm it', () => {
    expect(proposalStanding('Ana Lima', '2026-12-07T20:30:00Z', 'Enfance Sûre', inBrussels)).toBe(
      "Proposed as signatory by Ana Lima on Dec 7, 2026, 9:30 PM GMT+1, waiting for Enfance Sûre's administrators to confirm.",
    );
  });
});

describe('the warning before a round is opened', () => {
  it('names each organisation taking part that has nobody able to approve, and ignores ids it cannot name', () => {
    expect(organisationsWithoutSignatory(access(['o3', 'o2', 'gone'])).map((o) => o.name)).toEqual(['Kinderschutz Allianz', 'Enfance Sûre']);
  });

  it('is not shown when every organisation can approve', () => {
    expect(withoutSignatoryWarning(organisationsWithoutSignatory(access([])))).toBeNull();
  });

  it('speaks of one organisation in the singular and of several in the plural', () => {
    expect(withoutSignatoryWarning([enfance])).toMatch(/^Nobody can approve for Enfance Sûre yet: it has no signatory on this statement\. A round that requires it cannot be opened until its administrators/);
    expect(withoutSignatoryWarning([enfance, kinder])).toMatch(/^Nobody can approve for Enfance Sûre and Kinderschutz Allianz yet: they have no signatory on this statement\. A round that requires them/);
  });
});

describe('a round refused for want of a signatory', () => {
  it('names the organisations the server named', () => {
    const refusal = new ApiError(409, 'signoff.no_signatory', 'x', null, { organisations: [{ id: 'o2', name: 'Enfance Sûre' }, { id: 'o3', name: 'Kinderschutz Allianz' }] });
    expect(noSignatoryRefusal(refusal)).toBe(
      'The round was not opened: nobody can approve for Enfance Sûre and Kinderschutz Allianz yet. Their administrators must name a signatory first, or leave them out of the round.',
    );
  });

  it('still says why when the server named none', () => {
    expect(noSignatoryRefusal(new ApiError(409, 'signoff.no_signatory', 'x'))).toBe(
      'The round was not opened: an organisation it requires has nobody who can approve for it yet.',
    );
  });

  it('leaves other refusals to their own words', () => {
    expect(noSignatoryRefusal(new ApiError(409, 'signoff.round_open', 'x'))).toBeNull();
    expect(noSignatoryRefusal(new Error('down'))).toBeNull();
  });
});

describe('what waits for an organisation’s administrators', () => {
  it('counts invitations to take part and proposals on the statements it takes part in', () => {
    expect(waitingForAdministrators([onStatement('Invited'), onStatement('Invited'), onStatement('TakingPart', 1), onStatement('Declined')])).toBe(
      '2 invitations to take part and 1 signatory proposal to confirm',
    );
    expect(waitingForAdministrators([onStatement('Convening', 2)])).toBe('2 signatory proposals to confirm');
    expect(waitingForAdministrators([onStatement('Invited')])).toBe('1 invitation to take part');
  });

  it('is nothing when nothing waits', () => {
    expect(waitingForAdministrators([onStatement('TakingPart'), onStatement('Declined')])).toBeNull();
  });
});
