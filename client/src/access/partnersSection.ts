import type { InvitedPartner, Organisation, StatementAccess } from '../api';
import { confirmStep } from '../ui/confirmStep';
import { h } from '../ui/dom';
import { partnerStanding } from './boundaryText';

/** What the organisations section does when a lead acts. */
export interface PartnerActions {
  invite(organisation: Organisation): void;
  /** Takes a partner off the statement (its people lose their roles). */
  remove(organisation: Organisation): void;
  /** Withdraws an invitation not answered yet. */
  withdraw(organisation: Organisation): void;
}

/**
 * The organisations of a statement: the convening one, the partners taking part, and those invited (waiting for
 * their administrators to accept) or that declined. Leads invite more, withdraw invitations and remove partners.
 */
export function partnersSection(access: StatementAccess, all: readonly Organisation[], manages: boolean, act: PartnerActions): HTMLElement {
  const partnerItem = (o: Organisation) =>
    h('li', {}, h('span', {}, h('strong', {}, o.name), h('span', { class: 'standing-note' }, ' · taking part')),
      manages
        ? confirmStep({
            label: 'Remove…',
            name: `Remove ${o.name} as a partner`,
            question: `Remove ${o.name} as a partner? Its people lose their roles on this statement, and it is no longer asked to sign.`,
            yes: 'Yes, remove',
            action: () => act.remove(o),
          }).element
        : null,
    );

  const invitedItem = (p: InvitedPartner) => {
    const withdraw = manages && p.status === 'Invited'
      ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Withdraw the invitation of ${p.organisation.name}` }, 'Withdraw invitation')
      : null;
    withdraw?.addEventListener('click', () => act.withdraw(p.organisation));
    return h('li', { 'data-status': p.status }, h('span', {}, h('strong', {}, p.organisation.name), h('span', { class: 'standing-note' }, ` · ${partnerStanding(p)}`)), withdraw);
  };

  const waiting = new Set(access.invitedPartners.filter((p) => p.status === 'Invited').map((p) => p.organisation.id));
  const taking = new Set([access.convening.id, ...access.partners.map((p) => p.id)]);
  const candidates = all.filter((o) => !taking.has(o.id) && !waiting.has(o.id));
  const select = h('select', { id: 'partner-organisation' }, ...candidates.map((o) => h('option', { value: o.id }, o.name)));
  const add = h('form', { class: 'inline-form', 'aria-label': 'New partner organisation' },
    h('label', { for: 'partner-organisation' }, 'Invite a partner organisation'), select, h('button', { type: 'submit' }, 'Invite organisation'));
  add.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = candidates.find((o) => o.id === select.value);
    if (chosen) {
      act.invite(chosen);
    }
  });

  return h('section', { 'aria-labelledby': 'organisations-heading' },
    h('h2', { id: 'organisations-heading' }, 'Organisations'),
    h('p', {}, 'Convened by ', h('strong', {}, access.convening.name), '.'),
    access.partners.length === 0
      ? h('p', { class: 'meta' }, 'No partner organisation takes part yet.')
      : h('ul', { class: 'plain-list', 'aria-label': 'Partners' }, ...access.partners.map(partnerItem)),
    access.invitedPartners.length === 0 ? null : h('ul', { class: 'plain-list', 'aria-label': 'Invited organisations' }, ...access.invitedPartners.map(invitedItem)),
    manages && candidates.length > 0
      ? h('div', {}, add, h('p', { class: 'meta' }, 'An organisation takes part only once one of its administrators accepts, on their organisation page. Until then its people cannot be given roles or sign.'))
      : null,
  );
}
