import type { AuditEntryView, AuditVerification } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import { panel } from '../ui/panel';
import { describeAudit } from './auditText';
import { shortHash } from './signOffState';

/** A statement's audit log as read, with `names` for the organisations and people it mentions. */
export interface AuditShown {
  entries: readonly AuditEntryView[];
  verification: AuditVerification;
  names: ReadonlyMap<string, string>;
}

/** The audit log with the verification of its hash chain first. */
export function auditLog({ entries, verification, names }: AuditShown): HTMLElement {
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

/** The "Audit log" panel. */
export function auditPanel(): Component<AuditShown> {
  const audit = h('div', {});
  const element = panel('audit-heading', 'Audit log', audit);
  element.classList.add('audit-panel');
  return {
    element,
    update(shown) {
      audit.replaceChildren(auditLog(shown));
    },
    dispose() {},
  };
}
