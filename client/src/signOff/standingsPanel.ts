import type { DecisionView, OrganisationStatusView, SignOffView } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import { panel } from '../ui/panel';
import { StandingNames } from './signOffState';

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

/** Where each required organisation stands in the open round (approved, changes requested, declined, waiting). */
export function standingsPanel(): Component<SignOffView> {
  const standings = h('div', {});
  const element = panel('standings-heading', 'Where each organisation stands', standings);
  return {
    element,
    update(view) {
      element.hidden = view.round === null;
      if (view.round !== null) {
        standings.replaceChildren(organisationTable(view.round.organisations));
      }
    },
    dispose() {},
  };
}
