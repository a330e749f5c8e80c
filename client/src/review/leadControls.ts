import { api, type Organisation, type SignOffView } from '../api';
import { noSignatoryRefusal, withoutSignatoryWarning } from '../access/boundaryText';
import { h, showError, statusLine, when } from '../ui/dom';
import { instantFromInput, type SignOffControls } from './signOffState';

/** A `datetime-local` value for now, so the browser refuses a deadline or embargo in the past before the server has to. */
function nowForInput(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

export interface LeadControls {
  readonly element: HTMLElement;
  /** `withoutSignatory`: the organisations taking part for which nobody can approve yet (the page warns before a round). */
  show(view: SignOffView, controls: SignOffControls, organisations: readonly Organisation[], withoutSignatory: readonly Organisation[]): void;
}

/** What a lead does with a round: open it, re-issue the candidate, withdraw it, publish, close. */
export function leadControls(statementId: string, changed: () => void): LeadControls {
  const status = statusLine();
  const run = async (button: HTMLButtonElement, action: () => Promise<unknown>, done: string) => {
    status.classList.remove('error');
    button.disabled = true;
    try {
      await action();
      status.textContent = done;
      changed();
    } catch (e) {
      // A round refused because an organisation has nobody to approve names them in a sentence.
      showError(status, noSignatoryRefusal(e) ?? e);
    } finally {
      button.disabled = false;
    }
  };

  // Opening a round
  const required = h('fieldset', { class: 'organisation-choices' }, h('legend', {}, 'Organisations whose approval is required'));
  const deadline = h('input', { id: 'round-deadline', name: 'deadline', type: 'datetime-local' });
  const openButton = h('button', { type: 'submit' }, 'Open sign-off round');
  const noSignatory = h('p', { class: 'role-note no-signatory', hidden: true });
  const openForm = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Open a sign-off round' },
    h('p', { class: 'meta' }, 'The current version becomes the candidate: its exact text is what each organisation approves.'),
    noSignatory,
    required,
    h('label', { for: 'round-deadline' }, 'Deadline (optional)'),
    deadline,
    openButton,
  );
  openForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = [...required.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
    if (chosen.length === 0) {
      showError(status, 'Choose at least one organisation.');
      return;
    }
    void run(openButton, () => api.openRound(statementId, chosen, instantFromInput(deadline.value)), 'The round is open: the signatories can decide.');
  });

  // During a round
  const reissue = h('button', { type: 'button' }, 'Re-issue the current version');
  const reissueNote = h('p', { class: 'meta' });
  const withdraw = h('button', { type: 'button', class: 'danger' }, 'Withdraw the round');
  reissue.addEventListener('click', () => void run(reissue, () => api.reissueCandidate(statementId), 'The current version is the new candidate; earlier decisions are stale.'));
  withdraw.addEventListener('click', () => void run(withdraw, () => api.changeLifecycle(statementId, 'Drafting'), 'The round is withdrawn; the statement is back in drafting.'));
  const roundPart = h(
    'div',
    { class: 'lead-round' },
    h('div', { class: 'button-row' }, reissue, withdraw),
    reissueNote,
  );

  // Publishing, with a second step to confirm
  const publicFrom = h('input', { id: 'public-from', name: 'publicFrom', type: 'datetime-local' });
  const publish = h('button', { type: 'submit' }, 'Publish…');
  const publishNote = h('p', { class: 'meta' });
  const confirmText = h('p', {});
  const confirmPublish = h('button', { type: 'button' }, 'Yes, publish');
  const cancelPublish = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const confirmation = h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm publication', hidden: true }, confirmText, h('div', { class: 'button-row' }, confirmPublish, cancelPublish));
  const publishForm = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Publish' },
    h('label', { for: 'public-from' }, 'Public from (optional embargo; empty: public at once)'),
    publicFrom,
    publish,
    publishNote,
    confirmation,
  );
  let publishVersion = 0;
  publishForm.addEventListener('submit', (event) => {
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

  const close = h('button', { type: 'button', class: 'secondary' }, 'Close the statement');
  close.addEventListener('click', () => void run(close, () => api.changeLifecycle(statementId, 'Closed'), 'The statement is closed.'));

  const openPart = h('div', {}, h('h3', {}, 'Open a round'), openForm);
  const duringPart = h('div', {}, h('h3', {}, 'The round'), roundPart);
  const publishPart = h('div', {}, h('h3', {}, 'Publish'), publishForm);
  const closePart = h('div', {}, close);
  const element = h(
    'section',
    { class: 'panel lead-panel', 'aria-labelledby': 'lead-heading', hidden: true },
    h('h2', { id: 'lead-heading' }, 'Lead: round and publication'),
    status,
    openPart,
    duringPart,
    publishPart,
    closePart,
  );
  let organisationsShown = '';

  return {
    element,
    show(view, controls, organisations, withoutSignatory) {
      const warning = withoutSignatoryWarning(withoutSignatory);
      noSignatory.hidden = warning === null;
      noSignatory.textContent = warning ?? '';
      element.hidden = !(controls.openRound || controls.withdraw || controls.close);
      openPart.hidden = !controls.openRound;
      duringPart.hidden = !controls.withdraw;
      publishPart.hidden = !controls.withdraw;
      closePart.hidden = !controls.close;
      const key = organisations.map((o) => o.id).join();
      if (key !== organisationsShown) {
        organisationsShown = key;
        required.replaceChildren(
          required.querySelector('legend')!,
          ...organisations.map((o) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'required', value: o.id, checked: true }), o.name)),
        );
      }
      deadline.min = nowForInput();
      publicFrom.min = nowForInput();
      reissue.disabled = !controls.reissue;
      reissueNote.textContent = controls.reissue
        ? `The text changed since the candidate was issued: re-issue version ${view.headVersion} to put it to the signatories.`
        : 'The candidate is the current text: nothing to re-issue.';
      publishVersion = view.headVersion;
      publish.disabled = !controls.publish;
      publishNote.textContent = controls.publish ? 'Every required organisation approved exactly this text.' : (controls.publishNote ?? '');
      if (!controls.publish) {
        confirmation.hidden = true;
      }
    },
  };
}
