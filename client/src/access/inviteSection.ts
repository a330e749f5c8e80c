import type { StatementAccess, StatementRole } from '../api';
import { currentPerson } from '../account/currentPerson';
import { administers, rolesFor } from '../account/permissions';
import { h } from '../ui/dom';
import { inviteForm } from '../ui/inviteForm';
import { statementInvitationRefusal } from './invitationText';

/**
 * Inviting someone new to a statement by link. New people join the lead's own organisation only, and only its
 * administrators may bring them in; null for a reader of no organisation on the statement. `invited` follows a link made.
 */
export function inviteSection(access: StatementAccess, statementId: string, invited: () => void): HTMLElement | null {
  const me = currentPerson.now;
  const own = [access.convening, ...access.partners].find((o) => o.id === me?.organisation?.id);
  if (!own) {
    return null;
  }
  const heading = h('h2', { id: 'invite-statement-heading' }, 'Invite someone new by link');
  if (!administers(me, own.id)) {
    return h('section', { 'aria-labelledby': 'invite-statement-heading' }, heading,
      h('p', { class: 'meta' }, `Only the administrators of ${own.name} can invite new people to it. Ask one of them; once the person has an account, add them above.`));
  }
  const role = h('select', { id: 'invite-role' }, ...rolesFor(access, own.id).map((r) => h('option', { value: r, selected: r === 'Editor' }, r)));
  return h('section', { 'aria-labelledby': 'invite-statement-heading' }, heading,
    h('p', { class: 'meta' }, `They join ${own.name} and take part in this statement with the role you choose. People of a partner organisation are invited by its own administrators; once they have an account, add them above.`),
    inviteForm(
      'Invite someone new to this statement',
      [h('span', { class: 'pair' }, h('label', { for: 'invite-role' }, 'Role'), role)],
      (email) => ({ email, organisationId: own.id, statementId, role: role.value as StatementRole }),
      invited,
      (e, email) => statementInvitationRefusal(e, email, own.name),
    ),
  );
}
