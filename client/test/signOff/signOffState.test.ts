import { describe, expect, it } from 'vitest';
import type { OrganisationStatusView, SignOffView, StatementState } from '../../src/api';
import { describeAudit } from '../../src/signOff/auditText';
import { decisionProblem, inputFromInstant, instantFromInput, listOf, signOffControls } from '../../src/signOff/signOffState';

const organisation = (id: string, name: string, status: OrganisationStatusView['status'] = 'pending'): OrganisationStatusView => ({
  organisationId: id,
  name,
  status,
  current: null,
  lastApprovedVersion: null,
  hasStaleDecisions: false,
});

function view(state: StatementState, options: { round?: boolean; current?: boolean; organisations?: OrganisationStatusView[] } = {}): SignOffView {
  const candidate = { version: 4, sha256: 'a'.repeat(64), issuedAt: '2026-11-28T10:00:00Z' };
  return {
    statementId: 's1',
    state,
    headVersion: options.current === false ? 6 : 4,
    headSha256: options.current === false ? 'b'.repeat(64) : candidate.sha256,
    candidateIsCurrentText: options.current ?? true,
    round:
      options.round === false
        ? null
        : {
            id: 'r1',
            number: 1,
            status: 'Open',
            openedAt: '2026-11-28T10:00:00Z',
            openedBy: 'ana',
            deadline: null,
            overdue: false,
            current: candidate,
            candidates: [candidate],
            organisations: options.organisations ?? [organisation('crn', 'Child Rights Network'), organisation('es', 'Enfance Sûre')],
            decisions: [],
            allApproved: false,
          },
  };
}

describe('the sign-off controls a person is offered', () => {
  it('let a signatory decide for their own organisation only, while a round is open', () => {
    const controls = signOffControls(view('InReview'), 'Signatory', 'es');
    expect(controls.decideFor?.name).toBe('Enfance Sûre');
    expect(controls.decisionNote).toBeNull();
    expect(controls.openRound || controls.publish || controls.withdraw).toBe(false);
  });

  it('tell a signatory whose organisation is not required, and an editor, why they cannot decide', () => {
    expect(signOffControls(view('InReview'), 'Signatory', 'other').decisionNote).toMatch(/not asked to sign off/);
    const editor = signOffControls(view('InReview'), 'Editor', 'es');
    expect(editor.decideFor).toBeNull();
    expect(editor.decisionNote).toMatch(/signatory decides/);
    expect(signOffControls(view('Drafting', { round: false }), 'Signatory', 'es').decideFor).toBeNull();
  });

  it('hold decisions back while the text differs from the candidate, and offer the lead a re-issue', () => {
    const outdated = view('InReview', { current: false });
    expect(signOffControls(outdated, 'Signatory', 'es').decisionNote).toMatch(/now version 6.*re-issues/);
    expect(signOffControls(outdated, 'Lead', 'crn').reissue).toBe(true);
    expect(signOffControls(view('InReview'), 'Lead', 'crn').reissue).toBe(false);
  });

  it('offer publishing only when the server says Approved, and say whose approval is missing', () => {
    const waiting = signOffControls(view('InReview', { organisations: [organisation('crn', 'CRN', 'approved'), organisation('es', 'Enfance Sûre')] }), 'Lead', 'crn');
    expect(waiting.publish).toBe(false);
    expect(waiting.publishNote).toBe('Publishing waits for the approval of Enfance Sûre.');
    expect(signOffControls(view('Approved'), 'Lead', 'crn').publish).toBe(true);
    expect(signOffControls(view('Approved'), 'Editor', 'crn').publish).toBe(false);
  });

  it('offer opening a round in drafting and closing once published, to leads only', () => {
    expect(signOffControls(view('Drafting', { round: false }), 'Lead', 'crn').openRound).toBe(true);
    expect(signOffControls(view('Drafting', { round: false }), 'Editor', 'crn').openRound).toBe(false);
    const published = signOffControls(view('Published'), 'Lead', 'crn');
    expect([published.close, published.withdraw, published.publish, published.decideFor]).toEqual([true, false, false, null]);
  });
});

describe('a decision as filled in', () => {
  it('needs a choice, and a comment when it requests changes', () => {
    expect(decisionProblem(null, '')).toMatch(/Choose/);
    expect(decisionProblem('RequestChanges', '   ')).toMatch(/needs a comment/);
    expect(decisionProblem('RequestChanges', 'Paragraph 2 is too weak.')).toBeNull();
    expect(decisionProblem('Approve', '')).toBeNull();
    expect(decisionProblem('Decline', '')).toBeNull();
  });
});

describe('small readings', () => {
  it('turn an empty date field into no instant and a filled one into an ISO instant', () => {
    expect(instantFromInput('')).toBeNull();
    expect(instantFromInput('2030-01-02T03:04')).toBe(new Date('2030-01-02T03:04').toISOString());
    // The embargo field shows the stored instant in the reader's zone, and reads back as the same instant.
    expect(instantFromInput(inputFromInstant('2030-01-02T03:04:00.000Z'))).toBe('2030-01-02T03:04:00.000Z');
  });

  it('list names as a sentence', () => {
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('describe audit entries in words, with names for ids', () => {
    const names = new Map([['es', 'Enfance Sûre']]);
    const entry = (action: string, details: unknown) => ({ sequence: 1, at: '', actor: 'p', actorName: 'Ana', action, details, previousHash: '', hash: '' });
    expect(describeAudit(entry('signoff.decision', { organisationId: 'es', decision: 'RequestChanges', version: 4, comment: 'Too weak' }), names)).toBe(
      'Requested changes version 4 for Enfance Sûre: “Too weak”',
    );
    expect(describeAudit(entry('lifecycle.changed', { from: 'InReview', to: 'Approved', reason: '' }), names)).toBe('State In review → Approved');
    expect(describeAudit(entry('suggestion.created', { quote: 'ask', replacement: 'urge' }), names)).toBe('Suggested “urge” for “ask”');
    expect(describeAudit(entry('suggestion.created', { quote: ' free', replacement: '' }), names)).toBe('Suggested deleting “ free”');
    expect(describeAudit(entry('suggestion.decided', { decision: 'accepted', version: 9 }), names)).toBe('Accepted a suggestion: version 9');
    const lifted = describeAudit(entry('publication.public_from_changed', { previousPublicFrom: '2030-01-02T03:04:00Z', publicFrom: '2030-01-01T00:00:00Z', lifted: true }), names);
    expect(lifted).toMatch(/^Lifted the embargo: public from /);
    const moved = describeAudit(entry('publication.public_from_changed', { previousPublicFrom: '2030-01-02T03:04:00Z', publicFrom: '2030-02-02T03:04:00Z', lifted: false }), names);
    expect(moved).toMatch(/^Moved the embargo to .+ \(was .+\)$/);
    expect(describeAudit(entry('statement.renamed', {}), names)).toBe('Recorded a change');
  });

  it('describe the organisation boundary in words: invited, accepted, declined, proposed and named signatories', () => {
    const names = new Map([['es', 'Enfance Sûre'], ['sofia', 'Sofia']]);
    const entry = (action: string, details: unknown) => ({ sequence: 1, at: '', actor: 'p', actorName: 'Ana', action, details, previousHash: '', hash: '' });
    expect(describeAudit(entry('access.partner_invited', { organisationId: 'es' }), names)).toBe('Invited Enfance Sûre to take part');
    expect(describeAudit(entry('access.partner_added', { organisationId: 'es', acceptedBy: 'b' }), names)).toBe('Accepted, for Enfance Sûre, to take part');
    expect(describeAudit(entry('access.partner_added', { organisationId: 'es' }), names)).toBe('Added Enfance Sûre as a partner');
    expect(describeAudit(entry('access.partner_declined', { organisationId: 'es' }), names)).toBe('Declined, for Enfance Sûre, to take part');
    expect(describeAudit(entry('access.signatory_proposed', { organisationId: 'es', personId: 'sofia', role: 'Signatory' }), names))
      .toBe('Proposed Sofia as signatory for Enfance Sûre');
    expect(describeAudit(entry('access.role_set', { organisationId: 'es', personId: 'sofia', role: 'Signatory', confirmedBy: 'b' }), names))
      .toBe('Named Sofia signatory for Enfance Sûre');
    expect(describeAudit(entry('access.signatory_removed', { organisationId: 'es', personId: 'sofia' }), names)).toBe('Withdrew Sofia as signatory for Enfance Sûre');
  });
});
