import { api } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import type { LeadAction } from './leadAction';
import { inputFromInstant, instantFromInput, type SignOffShown } from './signOffState';

/**
 * A lead's form to publish, with an optional embargo, enabled only when the server says Approved (otherwise it says
 * whose approval is missing); publishing cannot be undone, so it takes a second step.
 */
export function publishForm(statementId: string, run: LeadAction): Component<SignOffShown> {
  const publicFrom = h('input', { id: 'public-from', name: 'publicFrom', type: 'datetime-local' });
  const publish = h('button', { type: 'submit' }, 'Publish…');
  const publishNote = h('p', { class: 'meta' });
  const confirmText = h('p', {});
  const confirmPublish = h('button', { type: 'button' }, 'Yes, publish');
  const cancelPublish = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const confirmation = h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm publication', hidden: true }, confirmText, h('div', { class: 'button-row' }, confirmPublish, cancelPublish));
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Publish' },
    h('label', { for: 'public-from' }, 'Public from (optional embargo; empty: public at once)'),
    publicFrom,
    publish,
    publishNote,
    confirmation,
  );
  let publishVersion = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = instantFromInput(publicFrom.value);
    confirmText.textContent = `Publish version ${publishVersion} ${from ? `with an embargo until ${when(from)}` : 'now'}? The text cannot change afterwards.`;
    confirmation.hidden = false;
    confirmPublish.focus();
  });
  cancelPublish.addEventListener('click', () => {
    confirmation.hidden = true;
    publish.focus();
  });
  confirmPublish.addEventListener('click', () => {
    confirmation.hidden = true;
    void run(confirmPublish, () => api.publish(statementId, instantFromInput(publicFrom.value)), 'Published.');
  });

  return {
    element: h('div', {}, h('h3', {}, 'Publish'), form),
    update({ view, controls }) {
      publicFrom.min = inputFromInstant(new Date().toISOString());
      publishVersion = view.headVersion;
      publish.disabled = !controls.publish;
      publishNote.textContent = controls.publish ? 'Every required organisation approved exactly this text.' : (controls.publishNote ?? '');
      if (!controls.publish) {
        confirmation.hidden = true;
      }
    },
    dispose() {},
  };
}
