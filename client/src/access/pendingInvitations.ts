import { api, type InvitationCreated, type PendingInvitation } from '../api';
import { confirmStep } from '../ui/confirmStep';
import { h, showError, statusLine, whenWithZone } from '../ui/dom';
import { oneTimeSecret } from '../ui/oneTimeSecret';

export interface PendingInvitationsOptions {
  /** Called after a link was resent or revoked (the page drops a link it still shows). */
  changed?: () => void;
  /** The heading's id and text. */
  id: string;
  heading: string;
  /** What the list says when no invitation is pending. */
  empty: string;
  load: () => Promise<PendingInvitation[]>;
}

export interface PendingInvitations {
  readonly element: HTMLElement;
  refresh(): Promise<void>;
}

/** What an invitation gives, in words: "Editor on “Letter”, for Child Rights Network" or "administrator of Enfance Sûre". */
function offer(invitation: PendingInvitation): string {
  if (invitation.statementTitle) {
    return `${invitation.role ?? 'A role'} on “${invitation.statementTitle}”, for ${invitation.organisationName}`;
  }
  return `${invitation.organisationAdmin ? 'Administrator' : 'Member'} of ${invitation.organisationName}`;
}

/**
 * The invitation links not used yet, with Resend (a new link to copy; the old one stops working) and Revoke (after
 * a confirmation). The server decides who may see and change them.
 */
export function pendingInvitations(options: PendingInvitationsOptions): PendingInvitations {
  const status = statusLine();
  const newLink = h('div', {});
  const body = h('tbody');
  const table = h('div', { class: 'table-scroll' },
    h('table', { class: 'data-table', 'aria-labelledby': options.id },
      h('thead', {}, h('tr', {}, ...['Email', 'Invited as', 'Invited by', 'Link works until', ''].map((c) => h('th', { scope: 'col' }, c)))),
      body,
    ),
  );

  async function run(action: () => Promise<void>): Promise<void> {
    status.classList.remove('error');
    try {
      await action();
    } catch (e) {
      showError(status, e);
    }
    await refresh();
  }

  function resent(created: InvitationCreated): void {
    newLink.replaceChildren(
      oneTimeSecret(
        `New invitation link for ${created.email}`,
        created.link,
        `The earlier link no longer works. Send this one to ${created.email} yourself; it works once, until ${whenWithZone(created.expiresAt)}, and is not shown again.`,
      ),
    );
  }

  const row = (invitation: PendingInvitation) => {
    const resend = h('button', { type: 'button', class: 'secondary', 'aria-label': `Resend the invitation of ${invitation.email}` }, 'Resend');
    resend.addEventListener('click', () => void run(async () => {
      const created = await api.resendInvitation(invitation.id);
      options.changed?.();
      resent(created);
      status.textContent = `A new link for ${invitation.email} is below; the earlier one no longer works.`;
    }));
    const revoke = confirmStep({
      label: 'Revoke…',
      name: `Revoke the invitation of ${invitation.email}`,
      question: `Revoke the invitation of ${invitation.email}? Its link stops working at once.`,
      yes: 'Yes, revoke',
      action: () => run(async () => {
        await api.revokeInvitation(invitation.id);
        options.changed?.();
        newLink.replaceChildren();
        status.textContent = `The invitation of ${invitation.email} is revoked: its link no longer works.`;
      }),
    });
    // The question goes in a row of its own under the invitation, where it has the table's whole width.
    return [
      h('tr', {},
        h('td', {}, invitation.email),
        h('td', {}, offer(invitation)),
        h('td', {}, invitation.invitedByName),
        h('td', {}, invitation.expired ? `Expired on ${whenWithZone(invitation.expiresAt)}` : whenWithZone(invitation.expiresAt)),
        h('td', { class: 'actions' }, resend, revoke.button),
      ),
      h('tr', { class: 'question-row' }, h('td', { colspan: 5 }, revoke.question)),
    ];
  };

  const empty = h('p', { class: 'meta' }, options.empty);
  async function refresh(): Promise<void> {
    try {
      const invitations = await options.load();
      body.replaceChildren(...invitations.flatMap(row));
      table.hidden = invitations.length === 0;
      empty.hidden = invitations.length > 0;
    } catch (e) {
      showError(status, e);
    }
  }

  const element = h('section', { 'aria-labelledby': options.id, class: 'pending-invitations' },
    h('h2', { id: options.id }, options.heading),
    status,
    empty,
    table,
    newLink,
  );
  return { element, refresh };
}
