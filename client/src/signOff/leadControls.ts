import { api } from '../api';
import type { Component } from '../ui/component';
import { h, statusLine } from '../ui/dom';
import { leadAction } from './leadAction';
import { openRoundForm, type RoundCandidates } from './openRoundForm';
import { publishForm } from './publishForm';
import type { SignOffShown } from './signOffState';

/** What the lead panel shows: the sign-off view, and the organisations a new round can require. */
export type LeadState = SignOffShown & RoundCandidates;

/** What a lead does with a round: open it, re-issue the candidate, withdraw it, publish, close. */
export function leadControls(statementId: string, changed: () => void): Component<LeadState> {
  const status = statusLine();
  const run = leadAction(status, changed);
  const open = openRoundForm(statementId, run, status);
  const publishing = publishForm(statementId, run);

  // During a round
  const reissue = h('button', { type: 'button' }, 'Re-issue the current version');
  const reissueNote = h('p', { class: 'meta' });
  const withdraw = h('button', { type: 'button', class: 'danger' }, 'Withdraw the round');
  reissue.addEventListener('click', () => void run(reissue, () => api.reissueCandidate(statementId), 'The current version is the new candidate; earlier decisions are stale.'));
  withdraw.addEventListener('click', () => void run(withdraw, () => api.changeLifecycle(statementId, 'Drafting'), 'The round is withdrawn; the statement is back in drafting.'));
  const duringPart = h('div', {}, h('h3', {}, 'The round'), h('div', { class: 'lead-round' }, h('div', { class: 'button-row' }, reissue, withdraw), reissueNote));

  const close = h('button', { type: 'button', class: 'secondary' }, 'Close the statement');
  close.addEventListener('click', () => void run(close, () => api.changeLifecycle(statementId, 'Closed'), 'The statement is closed.'));
  const closePart = h('div', {}, close);

  const element = h(
    'section',
    { class: 'panel lead-panel', 'aria-labelledby': 'lead-heading', hidden: true },
    h('h2', { id: 'lead-heading' }, 'Lead: round and publication'),
    status,
    open.element,
    duringPart,
    publishing.element,
    closePart,
  );

  return {
    element,
    update(state) {
      const { view, controls } = state;
      element.hidden = !(controls.openRound || controls.withdraw || controls.close);
      open.element.hidden = !controls.openRound;
      duringPart.hidden = !controls.withdraw;
      publishing.element.hidden = !controls.withdraw;
      closePart.hidden = !controls.close;
      open.update(state);
      reissue.disabled = !controls.reissue;
      reissueNote.textContent = controls.reissue
        ? `The text changed since the candidate was issued: re-issue version ${view.headVersion} to put it to the signatories.`
        : 'The candidate is the current text: nothing to re-issue.';
      publishing.update(state);
    },
    dispose() {
      open.dispose();
      publishing.dispose();
    },
  };
}
