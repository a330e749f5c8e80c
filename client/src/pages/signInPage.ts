import { api } from '../api';
import { currentPerson } from '../account/currentPerson';
import { signInProblem } from '../account/messages';
import { returnPath } from '../account/returnPath';
import { h, statusLine } from '../ui/dom';
import { field } from '../ui/fields';
import { redirect } from '../ui/navigation';
import { title, type Page } from './page';

/** Sign-in with email and password; afterwards the reader goes back to the page that asked for it. */
export const signInPage: Page = (main, _params, query) => {
  title('Sign in');
  const next = returnPath(query.get('next'));
  const [emailLabel, email] = field('email', 'Email', { type: 'email', required: true, autocomplete: 'username', maxlength: 254 });
  const [passwordLabel, password] = field('password', 'Password', { type: 'password', required: true, autocomplete: 'current-password', maxlength: 256 });
  const status = statusLine();
  const submit = h('button', { type: 'submit' }, 'Sign in');
  const form = h('form', { class: 'stacked-form', 'aria-labelledby': 'sign-in-heading' }, emailLabel, email, passwordLabel, password, submit, status);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    status.textContent = 'Signing in…';
    submit.disabled = true;
    try {
      currentPerson.set(await api.signIn(email.value, password.value));
      redirect(next);
    } catch (e) {
      status.classList.add('error');
      status.textContent = signInProblem(e);
      password.select();
    } finally {
      submit.disabled = false;
    }
  });

  main.replaceChildren(
    h('div', { class: 'narrow' },
      h('h1', { id: 'sign-in-heading' }, 'Sign in'),
      next !== '/' ? h('p', { class: 'meta' }, 'Sign in to open that page.') : null,
      form,
      h('p', { class: 'meta' }, 'New here? CoDraft is by invitation: open the link you were sent. ', h('a', { href: '/setup' }, 'First run of a new server?')),
    ),
  );
  email.focus();
};
