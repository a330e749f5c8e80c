import { h } from './dom';

export interface ConfirmStepOptions {
  /** The button's text ("Revoke…"); `name` is what a screen reader announces ("Revoke the invitation of …"). */
  label: string;
  name: string;
  /** The question asked before acting, naming what happens. */
  question: string;
  /** The confirming button ("Yes, revoke"). */
  yes: string;
  action: () => void | Promise<void>;
}

export interface ConfirmStep {
  /** The button that asks. */
  readonly button: HTMLButtonElement;
  /** The question with its two answers, hidden until asked; the caller places it (below a table row, say). */
  readonly question: HTMLElement;
  /** Both together, for a list item or a row of buttons. */
  readonly element: HTMLElement;
}

/**
 * A button for something that cannot be undone: pressing it asks the question in place, with a confirming button
 * (focused) and Cancel, so it works by keyboard and a screen reader hears the question.
 */
export function confirmStep(options: ConfirmStepOptions): ConfirmStep {
  const button = h('button', { type: 'button', class: 'danger', 'aria-label': options.name, 'aria-expanded': 'false' }, options.label);
  const yes = h('button', { type: 'button', class: 'danger' }, options.yes);
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const question = h('div', { class: 'confirm', role: 'group', 'aria-label': options.name, hidden: true }, h('p', {}, options.question), h('div', { class: 'button-row' }, yes, cancel));
  const close = () => {
    question.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    question.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    yes.focus();
  });
  cancel.addEventListener('click', () => {
    close();
    button.focus();
  });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    try {
      await options.action();
    } finally {
      yes.disabled = false;
      close();
    }
  });
  return { button, question, element: h('div', { class: 'confirm-step' }, button, question) };
}
