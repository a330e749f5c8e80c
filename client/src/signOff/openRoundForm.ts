import { api, type Organisation } from '../api';
import { withoutSignatoryWarning } from '../access/boundaryText';
import type { Component } from '../ui/component';
import { h, showError } from '../ui/dom';
import type { LeadAction } from './leadAction';
import { inputFromInstant, instantFromInput } from './signOffState';

/** The organisations a round can require, and those taking part for which nobody can approve yet. */
export interface RoundCandidates {
  organisations: readonly Organisation[];
  withoutSignatory: readonly Organisation[];
}

/** A lead's form to open a round: which organisations must approve (all ticked at first), an optional deadline. */
export function openRoundForm(statementId: string, run: LeadAction, status: HTMLElement): Component<RoundCandidates> {
  const required = h('fieldset', { class: 'organisation-choices' }, h('legend', {}, 'Organisations whose approval is required'));
  const deadline = h('input', { id: 'round-deadline', name: 'deadline', type: 'datetime-local' });
  const openButton = h('button', { type: 'submit' }, 'Open sign-off round');
  const noSignatory = h('p', { class: 'role-note no-signatory', hidden: true });
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Open a sign-off round' },
    h('p', { class: 'meta' }, 'The current version becomes the candidate: its exact text is what each organisation approves.'),
    noSignatory,
    required,
    h('label', { for: 'round-deadline' }, 'Deadline (optional)'),
    deadline,
    openButton,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = [...required.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
    if (chosen.length === 0) {
      showError(status, 'Choose at least one organisation.');
      return;
    }
    void run(openButton, () => api.openRound(statementId, chosen, instantFromInput(deadline.value)), 'The round is open: the signatories can decide.');
  });
  // The choices are drawn again only when the organisations change, so a live refresh keeps what the lead unticked.
  let organisationsShown = '';

  return {
    element: h('div', {}, h('h3', {}, 'Open a round'), form),
    update({ organisations, withoutSignatory }) {
      const warning = withoutSignatoryWarning(withoutSignatory);
      noSignatory.hidden = warning === null;
      noSignatory.textContent = warning ?? '';
      const key = organisations.map((o) => o.id).join();
      if (key !== organisationsShown) {
        organisationsShown = key;
        required.replaceChildren(
          required.querySelector('legend')!,
          ...organisations.map((o) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'required', value: o.id, checked: true }), o.name)),
        );
      }
      // A deadline in the past is refused by the browser before the server has to.
      deadline.min = inputFromInstant(new Date().toISOString());
    },
    dispose() {},
  };
}
