import type { StatementState } from '../api';
import { StateExplanations, StateNames } from './stateNames';
import { h } from './dom';

/** A pill naming a statement's lifecycle state ("In review"), explained in its tooltip and to screen readers. */
export function stateBadge(state: StatementState | null = null): HTMLSpanElement {
  const badge = h('span', { class: 'state-badge' });
  setState(badge, state);
  return badge;
}

export function setState(badge: HTMLElement, state: StatementState | null): void {
  badge.hidden = state === null;
  if (state !== null) {
    badge.dataset.state = state;
    badge.replaceChildren(h('span', { class: 'visually-hidden' }, 'State: '), StateNames[state]);
    badge.title = StateExplanations[state];
  }
}
