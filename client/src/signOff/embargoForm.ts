import { api, type PublicationView } from '../api';
import type { Component } from '../ui/component';
import { h, showError, statusLine, when } from '../ui/dom';
import { inputFromInstant, instantFromInput } from './signOffState';

/** A published statement, and whether the reader may move or lift its embargo (a lead). */
export interface PublicationShown {
  published: PublicationView | null;
  mayChangeEmbargo: boolean;
}

/** Whether a publication is still hidden from the public, waiting for its embargo to end. */
export function isEmbargoed(published: PublicationView | null): boolean {
  return published?.publicFrom != null && Date.parse(published.publicFrom) > Date.now();
}

/**
 * A lead's controls for an embargo that has not ended: a later (or earlier) time, or publishing now after a second
 * step, since lifting an embargo cannot be undone. Built once, so that a live refresh does not wipe a time being
 * typed; the field is only reset when the stored embargo itself changes. `changed` follows a change.
 */
export function embargoForm(statementId: string, changed: () => void): Component<PublicationShown> {
  const status = statusLine();
  const input = h('input', { id: 'embargo-public-from', name: 'publicFrom', type: 'datetime-local', required: true });
  const change = h('button', { type: 'submit' }, 'Change');
  const publishNow = h('button', { type: 'button' }, 'Publish now…');
  const confirmLift = h('button', { type: 'button' }, 'Yes, publish now');
  const cancelLift = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const liftConfirmation = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-label': 'Confirm lifting the embargo', hidden: true },
    h('p', {}, 'Make the statement public now? Its public page, the list and the feed show it at once; this cannot be undone.'),
    h('div', { class: 'button-row' }, confirmLift, cancelLift),
  );
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Change the embargo', hidden: true },
    h('p', { class: 'meta' }, 'Until this time the public page, the list and the feed do not show the statement. Once it is public, the date cannot change.'),
    h('label', { for: 'embargo-public-from' }, 'Public from'),
    input,
    h('div', { class: 'button-row' }, change, publishNow),
    liftConfirmation,
    status,
  );
  let embargoShown: string | null = null;

  const setEmbargo = async (button: HTMLButtonElement, publicFrom: string | null, done: string) => {
    status.classList.remove('error');
    button.disabled = true;
    try {
      await api.setPublicFrom(statementId, publicFrom);
      status.textContent = done;
      changed();
    } catch (e) {
      showError(status, e);
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const to = instantFromInput(input.value);
    if (to === null) {
      showError(status, 'Choose the date and time from which the statement is public.');
      return;
    }
    void setEmbargo(change, to, `The statement is public from ${when(to)}.`);
  });
  publishNow.addEventListener('click', () => {
    liftConfirmation.hidden = false;
    confirmLift.focus();
  });
  cancelLift.addEventListener('click', () => {
    liftConfirmation.hidden = true;
    publishNow.focus();
  });
  confirmLift.addEventListener('click', () => {
    liftConfirmation.hidden = true;
    void setEmbargo(confirmLift, null, 'The embargo is lifted: the statement is public now.');
  });

  return {
    element: form,
    update({ published, mayChangeEmbargo }) {
      const embargoed = isEmbargoed(published);
      form.hidden = !(mayChangeEmbargo && embargoed);
      if (published === null) {
        return;
      }
      if (embargoed && published.publicFrom !== embargoShown) {
        embargoShown = published.publicFrom;
        input.value = inputFromInstant(published.publicFrom!);
      }
      input.min = inputFromInstant(new Date().toISOString());
    },
    dispose() {},
  };
}
