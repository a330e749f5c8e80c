import { api, ApiError, type InvitationAccepted, type InvitationPreview, type Me } from '../api';
import { invitationLinkProblem, invitationSentence, linkValidity } from '../access/invitationText';
import { currentPerson } from '../account/currentPerson';
import { signInProblem } from '../account/messages';
import { h, showError, statusLine } from '../ui/dom';
import { field, PasswordAttributes, requireSame } from '../ui/fields';
import { redirect } from '../ui/navigation';
import { title, type Page } from './page';

/** The link's token sits after '#', which the browser never sends to the server; it is base64url, never escaped. */
function tokenFromLink(): string | null {
  const token = location.hash.slice(1);
  return token === '' ? null : token;
}

function arrived(accepted: InvitationAccepted): void {
  currentPerson.set(accepted.person);
  redirect(accepted.statementId ? `/statements/${accepted.statementId}` : '/');
}

/** A form that runs `action` on submit, showing progress and refusals in its status line. */
function actionForm(label: string, button: string, children: Node[], action: (status: HTMLElement) => Promise<void>): HTMLFormElement {
  const status = statusLine();
  const submit = h('button', { type: 'submit' }, button);
  const form = h('form', { class: 'stacked-form', 'aria-label': label }, ...children, submit, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    status.textContent = '';
    submit.disabled = true;
    try {
      await action(status);
    } catch (e) {
      // The link may have been revoked, used or expired since the page showed it.
      showError(status, invitationLinkProblem(e));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function asSignedIn(token: string, me: Me, preview: InvitationPreview, again: () => void): HTMLElement[] {
  const accept = actionForm('Accept the invitation', 'Accept the invitation', [], async () => arrived(await api.acceptInvitation(token)));
  const other = h('button', { type: 'button', class: 'link-button' }, 'Sign out and use another account');
  other.addEventListener('click', async () => {
    await api.signOut();
    currentPerson.set(null);
    again();
  });
  const sameAddress = me.email.toLowerCase() === preview.email.toLowerCase();
  const note = sameAddress
    ? `You are signed in as ${me.name} (${me.email}).`
    : `You are signed in as ${me.name} (${me.email}), but the invitation was sent to ${preview.email}: sign out and accept it with that address.`;
  return [h('p', { class: sameAddress ? '' : 'role-note' }, note), ...(sameAddress ? [accept] : []), h('p', {}, other)];
}

function asNewOrExisting(token: string): HTMLElement[] {
  const [nameLabel, name] = field('invite-name', 'Your name', { required: true, maxlength: 200, autocomplete: 'name' });
  const [passwordLabel, password] = field('invite-password', 'Choose a password (12 characters or more)', { ...PasswordAttributes, autocomplete: 'new-password' });
  const [confirmLabel, confirm] = field('invite-confirm', 'Password again', { ...PasswordAttributes, autocomplete: 'new-password' });
  requireSame(password, confirm);
  const newPerson = actionForm('Join as a new person', 'Join CoDraft', [nameLabel, name, passwordLabel, password, confirmLabel, confirm], async (status) => {
    try {
      arrived(await api.acceptInvitation(token, name.value, password.value));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invitation.sign_in_first') {
        status.classList.add('error');
        status.textContent = 'You already have an account with this email address: sign in below to accept.';
        return;
      }
      throw e;
    }
  });

  const [emailLabel, email] = field('invite-email', 'Email', { type: 'email', required: true, autocomplete: 'username', maxlength: 254 });
  const [currentLabel, current] = field('invite-current-password', 'Password', { type: 'password', required: true, autocomplete: 'current-password', maxlength: 256 });
  const existing = actionForm('Sign in and accept', 'Sign in and accept', [emailLabel, email, currentLabel, current], async (status) => {
    try {
      currentPerson.set(await api.signIn(email.value, current.value));
    } catch (e) {
      status.classList.add('error');
      status.textContent = signInProblem(e);
      return;
    }
    arrived(await api.acceptInvitation(token));
  });

  return [
    h('section', { 'aria-labelledby': 'new-person-heading' }, h('h2', { id: 'new-person-heading' }, 'New to CoDraft'), newPerson),
    h('section', { 'aria-labelledby': 'existing-heading' }, h('h2', { id: 'existing-heading' }, 'I already have an account'), existing),
  ];
}

/** Who invites whom, to which organisation and statement, with which role, and until when. */
function whatItOffers(preview: InvitationPreview): HTMLElement {
  return h('section', { class: 'invitation-preview', 'aria-labelledby': 'invitation-heading' },
    h('h2', { id: 'invitation-heading' }, 'The invitation'),
    h('p', {}, invitationSentence(preview)),
    h('p', { class: 'meta' }, linkValidity(preview)),
  );
}

/**
 * Accepting an invitation link (/invite#cdi_…): first what it offers (asked of the server with the token), then a
 * new person chooses a name and password, or someone with an account signs in. A link that cannot be used any more
 * says why.
 */
export const invitePage: Page = (main) => {
  title('Invitation');
  const token = tokenFromLink();
  const page = h('div', { class: 'narrow' }, h('h1', {}, 'You are invited to CoDraft'));
  main.replaceChildren(page);
  const show = (...parts: HTMLElement[]) => page.replaceChildren(page.firstChild!, ...parts);
  if (token === null) {
    show(h('p', { class: 'status error' }, 'This link holds no invitation. Open the whole link you were sent, including the part after “#”.'));
    return;
  }
  const loading = statusLine();
  loading.textContent = 'Reading the invitation…';
  show(loading);
  api.previewInvitation(token).then(
    (preview) => {
      const draw = () => {
        const me = currentPerson.now;
        show(whatItOffers(preview), ...(me ? asSignedIn(token, me, preview, draw) : asNewOrExisting(token)));
      };
      draw();
    },
    (e: unknown) => {
      page.firstChild!.textContent = 'This invitation cannot be used';
      const problem = h('p', { class: 'status error', role: 'alert' }, invitationLinkProblem(e));
      show(problem, h('p', {}, h('a', { href: '/' }, 'Go to CoDraft')));
    },
  );
};
