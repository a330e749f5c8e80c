import { api, type InvitationCreated, type NewInvitation } from '../api';
import { h, showError, statusLine, whenWithZone } from './dom';
import { field } from './fields';
import { oneTimeSecret } from './oneTimeSecret';

let formCount = 0;

/**
 * An email field, the `extra` choices, and a button that creates an invitation; the link is shown once, to be
 * sent by the inviter (CoDraft sends no mail).
 */
export function inviteForm(
  label: string,
  extra: Node[],
  invitation: (email: string) => NewInvitation,
  invited: () => void = () => undefined,
  /** What to say when the server refuses, in a sentence; by default the server's own words. */
  refused: (error: unknown, email: string) => string = (e) => (e instanceof Error ? e.message : String(e)),
): HTMLElement {
  const id = `invite-email-${++formCount}`;
  const [emailLabel, email] = field(id, 'Email', { type: 'email', required: true, maxlength: 254, autocomplete: 'off' });
  const status = statusLine();
  const link = h('div', { class: 'created-secret' });
  const form = h('form', { class: 'inline-form', 'aria-label': label }, emailLabel, email, ...extra, h('button', { type: 'submit' }, 'Create invitation link'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    status.textContent = '';
    let created: InvitationCreated;
    try {
      created = await api.invite(invitation(email.value));
    } catch (e) {
      showError(status, refused(e, email.value));
      return;
    }
    link.replaceChildren(
      oneTimeSecret(
        `Invitation link for ${created.email}`,
        created.link,
        `Send this link to ${created.email} yourself; it works once, until ${whenWithZone(created.expiresAt)}, and is not shown again.`,
      ),
    );
    form.reset();
    invited();
  });
  return h('div', {}, form, link);
}
