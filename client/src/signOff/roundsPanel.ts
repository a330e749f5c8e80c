import type { DecisionView, RoundView } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import { panel } from '../ui/panel';
import { DecisionNames, shortHash } from './signOffState';

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

/** The "Rounds and decisions" panel. */
export function roundsPanel(): Component<readonly RoundView[]> {
  const rounds = h('div', {});
  return {
    element: panel('rounds-heading', 'Rounds and decisions', rounds),
    update(history) {
      rounds.replaceChildren(roundHistory(history));
    },
    dispose() {},
  };
}
