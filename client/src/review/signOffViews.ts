import type { AuditEntryView, AuditVerification, DecisionView, OrganisationStatusView, RoundView } from '../api';
import { h, when } from '../ui/dom';
import { DecisionNames, StandingNames, describeAudit, shortHash } from './signOffState';

/** The read-only pieces of the sign-off page: standings, decisions, rounds and the audit log. */

function standingPill(organisation: OrganisationStatusView): HTMLElement {
  return h('span', { class: 'standing', 'data-standing': organisation.status }, StandingNames[organisation.status]);
}

function decisionCell(decision: DecisionView | null): HTMLElement {
  if (decision === null) {
    return h('td', { class: 'meta' }, '—');
  }
  return h(
    'td',
    {},
    h('div', {}, `${decision.personName}, ${when(decision.at)}`),
    decision.comment ? h('blockquote', { class: 'decision-comment' }, decision.comment) : null,
  );
}

/** One row per required organisation: its standing on the current candidate and the last version it approved. */
export function organisationTable(organisations: readonly OrganisationStatusView[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table standings' },
      h('caption', { class: 'visually-hidden' }, 'Where each required organisation stands on the current candidate'),
      h('thead', {}, h('tr', {}, ...['Organisation', 'Decision', 'By', 'Last approved'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...organisations.map((o) =>
          h(
            'tr',
            { 'data-organisation': o.organisationId },
            h('th', { scope: 'row' }, o.name),
            h('td', {}, standingPill(o), o.hasStaleDecisions ? h('div', { class: 'meta' }, 'Earlier decisions are stale (about an older text)') : null),
            decisionCell(o.current),
            h('td', {}, o.lastApprovedVersion === null ? h('span', { class: 'meta' }, 'never') : `version ${o.lastApprovedVersion}`),
          ),
        ),
      ),
    ),
  );
}

function decisionItem(d: DecisionView): HTMLLIElement {
  return h(
    'li',
    { class: d.stale ? 'decision stale' : 'decision' },
    h('span', { class: 'decision-what' }, `${d.organisationName}: ${DecisionNames[d.kind]} version ${d.candidateVersion}`),
    d.stale ? h('span', { class: 'tag' }, 'stale, not counted') : null,
    h('span', { class: 'meta' }, ` ${d.personName}, ${when(d.at)} · `, h('code', { title: d.candidateSha256 }, shortHash(d.candidateSha256))),
    d.comment ? h('blockquote', { class: 'decision-comment' }, d.comment) : null,
  );
}

const RoundStatusNames: Record<RoundView['status'], string> = { Open: 'open', Completed: 'published from', Withdrawn: 'withdrawn' };

/** Every round, newest first, with its candidates and every decision (stale ones marked and never counted). */
export function roundHistory(rounds: readonly RoundView[]): HTMLElement {
  if (rounds.length === 0) {
    return h('p', { class: 'meta' }, 'No sign-off round yet.');
  }
  return h(
    'ol',
    { class: 'rounds', reversed: true },
    ...[...rounds].reverse().map((r) =>
      h(
        'li',
        {},
        h('h3', {}, `Round ${r.number} (${RoundStatusNames[r.status]})`),
        h(
          'p',
          { class: 'meta' },
          `Opened ${when(r.openedAt)} by ${r.openedBy}` +
            (r.deadline ? ` · deadline ${when(r.deadline)}${r.overdue ? ' (passed)' : ''}` : '') +
            ` · candidates: ${r.candidates.map((c) => `version ${c.version}`).join(', ')}`,
        ),
        r.decisions.length === 0 ? h('p', { class: 'meta' }, 'No decisions.') : h('ul', { class: 'decisions' }, ...[...r.decisions].reverse().map(decisionItem)),
      ),
    ),
  );
}

/** The audit log with the verification of its hash chain first. */
export function auditLog(entries: readonly AuditEntryView[], verification: AuditVerification, names: ReadonlyMap<string, string>): HTMLElement {
  const verdict = verification.isIntact
    ? h('p', { class: 'verdict ok' }, `✓ The audit chain verifies: ${verification.verifiedEntries} entries, each carrying the hash of the one before. Last hash `, h('code', { class: 'hash' }, verification.headHash ?? ''))
    : h('p', { class: 'verdict broken' }, `✗ The audit chain is broken at entry ${verification.brokenAt}: ${verification.problem ?? 'it does not verify'}.`);
  return h(
    'div',
    {},
    verdict,
    h(
      'details',
      { class: 'audit-details' },
      h('summary', {}, `Show all ${entries.length} audit entries`),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table audit' },
          h('thead', {}, h('tr', {}, ...['#', 'When', 'Who', 'What', 'Hash'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            ...[...entries].reverse().map((e) =>
              h(
                'tr',
                { class: verification.brokenAt !== null && e.sequence >= verification.brokenAt ? 'broken' : '' },
                h('td', {}, String(e.sequence)),
                h('td', { class: 'nowrap' }, when(e.at)),
                h('td', {}, e.actorName ?? e.actor),
                h('td', {}, describeAudit(e, names)),
                h('td', {}, h('code', { title: e.hash }, shortHash(e.hash))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
