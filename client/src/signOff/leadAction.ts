import { noSignatoryRefusal } from '../access/boundaryText';
import { showError } from '../ui/dom';

/** Runs one of a lead's actions from its button, then says `done` (or why it was refused) in the lead's status line. */
export type LeadAction = (button: HTMLButtonElement, action: () => Promise<unknown>, done: string) => Promise<void>;

/** The lead panel's way of running an action: the button is disabled meanwhile; `changed` follows a success. */
export function leadAction(status: HTMLElement, changed: () => void): LeadAction {
  return async (button, action, done) => {
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
}
