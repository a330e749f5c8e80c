import { api } from '../api';
import { currentPerson } from '../account/currentPerson';
import { h, showError, statusLine } from './dom';
import { field, PasswordAttributes, requireSame } from './fields';

/** Changes the password; the server ends the person's other sessions and renews this one. */
export function passwordForm(): HTMLFormElement {
  const [currentLabel, current] = field('current-password', 'Current password', { type: 'password', required: true, autocomplete: 'current-password', maxlength: 256 });
  const [newLabel, fresh] = field('new-password', 'New password (12 characters or more)', { ...PasswordAttributes, autocomplete: 'new-password' });
  const [confirmLabel, confirm] = field('confirm-password', 'New password again', { ...PasswordAttributes, autocomplete: 'new-password' });
  requireSame(fresh, confirm);
  const status = statusLine();
  const submit = h('button', { type: 'submit' }, 'Change password');
  const form = h('form', { class: 'stacked-form', 'aria-labelledby': 'password-heading' }, currentLabel, current, newLabel, fresh, confirmLabel, confirm, submit, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    submit.disabled = true;
    try {
      currentPerson.set(await api.changePassword(current.value, fresh.value));
      form.reset();
      status.textContent = 'Password changed. Your other browser sessions are signed out; access tokens keep working.';
    } catch (e) {
      showError(status, e);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
