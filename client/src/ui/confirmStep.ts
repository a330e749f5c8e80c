import { h } from './dom';

export interface ConfirmStepOptions {
  /** The button's text ("Revoke…"); `name` is what a screen reader announces ("Revoke the invitation of …"). */
  label: string;
  name: string;
  /** The question asked before acting, naming what happens. */
  question: string;
  /** The confirming button ("Yes, revoke"). */
  yes: string;
  danger?: boolean;
  action: () => void | Promise<void>;
}

/**
 * A button for something that cannot be undone: pressing it asks the question in place, with a confirming button
 * (focused) and Cancel, so it works by keyboard and a screen reader hears the question.
 */
export function confirmStep(options: ConfirmStepOptions): HTMLElement {
  const start = h('button', { type: 'button', class: options.danger === false ? 'secondary' : 'danger', 'aria-label': options.name }, options.label);
  const yes = h('button', { type: 'button', class: options.danger === false ? '' : 'danger' }, options.yes);
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const question = h('div', { class: 'confirm', role: 'group', 'aria-label': options.name, hidden: true }, h('p', {}, options.question), h('div', { class: 'button-row' }, yes, cancel));
  start.addEventListener('click', () => {
    question.hidden = false;
    start.setAttribute('aria-expanded', 'true');
    yes.focus();
  });
  cancel.addEventListener('click', () => {
    question.hidden = true;
    start.setAttribute('aria-expanded', 'false');
    start.focus();
  });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    try {
      await options.action();
    } finally {
      yes.disabled = false;
      question.hidden = true;
    }
  });
  return h('span', { class: 'confirm-step' }, start, question);
}
