import { api, ApiError } from '../api';
import { currentPerson } from '../account/currentPerson';
import { h, showError, statusLine } from '../ui/dom';
import { field, PasswordAttributes, requireSame } from '../ui/fields';
import { redirect } from '../ui/navigation';
import { title, type Page } from './page';

/** First run: the setup token the server printed at start makes the first administrator, who is then signed in. */
export const setupPage: Page = (main) => {
  title('First-run setup');
  const [tokenLabel, token] = field('setup-token', 'Setup token (printed by the server at start)', { required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'cds_…' });
  const [nameLabel, name] = field('setup-name', 'Your name', { required: true, maxlength: 200, autocomplete: 'name' });
  const [emailLabel, email] = field('setup-email', 'Email', { type: 'email', required: true, maxlength: 254, autocomplete: 'username' });
  const [passwordLabel, password] = field('setup-password', 'Password (12 characters or more)', { ...PasswordAttributes, autocomplete: 'new-password' });
  const [confirmLabel, confirm] = field('setup-confirm', 'Password again', { ...PasswordAttributes, autocomplete: 'new-password' });
  requireSame(password, confirm);
  const status = statusLine();
  const submit = h('button', { type: 'submit' }, 'Create the administrator');
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-labelledby': 'setup-heading' },
    tokenLabel, token, nameLabel, name, emailLabel, email, passwordLabel, password, confirmLabel, confirm, submit, status,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    submit.disabled = true;
    try {
      await api.setup(token.value.trim(), email.value, name.value, password.value);
      currentPerson.set(await api.signIn(email.value, password.value));
      redirect('/organisations');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'setup.refused') {
        status.classList.add('error');
        status.textContent =
          'The setup token is wrong, or setup is over (an administrator exists). The token is printed once at start while no administrator exists; a restart prints a new one.';
      } else {
        showError(status, e);
      }
    } finally {
      submit.disabled = false;
    }
  });

  main.replaceChildren(
    h('div', { class: 'narrow' },
      h('h1', { id: 'setup-heading' }, 'Set up CoDraft'),
      h('p', {}, 'A new CoDraft server has no administrator. Create the first one with the one-time setup token the server printed on its console when it started.'),
      form,
      h('p', { class: 'meta' }, 'Or stop the server and run ', h('code', {}, 'dotnet run --project src/CoDraft.Server -- admin create --email you@example.org'), '. ', h('a', { href: '/sign-in' }, 'Back to sign-in')),
    ),
  );
  token.focus();
};
