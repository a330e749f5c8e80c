import { api, type AccessCandidate, type Organisation, type Participant, type StatementAccess, type StatementRole } from '../api';
import { currentPerson } from '../account/currentPerson';
import { administers, allows, roleOf, rolesFor } from '../account/permissions';
import { proposalStanding } from '../access/boundaryText';
import { statementInvitationRefusal } from '../access/invitationText';
import { partnersSection } from '../access/partnersSection';
import { pendingInvitations } from '../access/pendingInvitations';
import { h, showError, statusLine } from '../ui/dom';
import { inviteForm } from '../ui/inviteForm';
import { title, type Page } from './page';

function roleSelect(id: string, roles: readonly StatementRole[], selected: StatementRole, label: string): HTMLSelectElement {
  return h('select', { id, 'aria-label': label }, ...roles.map((r) => h('option', { value: r, selected: r === selected }, r)));
}

/**
 * Who takes part in a statement. Its leads invite partner organisations (whose administrators accept), give roles
 * to people who already have an account, propose signatories of other organisations (whose administrators
 * confirm), invite new people of their own organisation by link, and resend or revoke those links.
 */
export const accessPage: Page = (main, { id }) => {
  title('People and access');
  const heading = h('h1', {}, 'People and access');
  const status = statusLine();
  const body = h('div');
  const statementLink = h('a', { href: `/statements/${id}` }, 'Statement');
  const invitations = pendingInvitations({
    id: 'pending-invitations-heading',
    heading: 'Invitation links not used yet',
    empty: 'No invitation link to this statement is waiting to be used.',
    load: () => api.listStatementInvitations(id),
    // A link shown when it was made stops working once resent or revoked: it is not left on the page.
    changed: () => body.querySelector('.created-secret')?.replaceChildren(),
  });
  let all: Organisation[] = [];
  let candidates: AccessCandidate[] = [];

  /** Runs a lead's change, then reads everything again; `said` is what to tell them when it went through. */
  async function change(action: () => Promise<unknown>, said?: (access: StatementAccess) => string): Promise<void> {
    status.classList.remove('error');
    status.textContent = '';
    try {
      await action();
      const access = await reload();
      status.textContent = said?.(access) ?? '';
    } catch (e) {
      showError(status, e);
    }
  }

  /** A role for someone of another organisation may come back as a proposal: the page says which it became. */
  function roleGiven(personId: string, name: string, role: StatementRole) {
    return (access: StatementAccess) => {
      const proposal = access.signatoryProposals.find((p) => p.personId === personId);
      if (role === 'Signatory' && proposal && access.people.find((p) => p.personId === personId)?.role !== 'Signatory') {
        return `${name} is proposed as signatory: ${organisationName(access, proposal.organisationId)}'s administrators must confirm it.`;
      }
      return `${name} now has the role ${role}.`;
    };
  }

  function organisationName(access: StatementAccess, organisationId: string): string {
    return [access.convening, ...access.partners].find((o) => o.id === organisationId)?.name ?? 'their organisation';
  }

  function peopleSection(access: StatementAccess, manages: boolean, myId: string | undefined): HTMLElement {
    const row = (p: Participant) => {
      const roleCell = h('td', {});
      if (manages) {
        const select = roleSelect(`role-${p.personId}`, rolesFor(access, p.organisationId), p.role, `Role of ${p.name}`);
        select.addEventListener('change', () => {
          const role = select.value as StatementRole;
          void change(() => api.setRole(id, p.personId, role), roleGiven(p.personId, p.name, role));
        });
        const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Take ${p.name} off this statement` }, 'Remove');
        remove.addEventListener('click', () => void change(() => api.removePerson(id, p.personId), () => `${p.name} no longer has a role here.`));
        roleCell.append(select, ' ', remove);
      } else {
        roleCell.append(p.role);
      }
      return h('tr', {}, h('td', {}, p.name, p.personId === myId ? ' (you)' : ''), h('td', {}, organisationName(access, p.organisationId)), roleCell);
    };
    return h('section', { 'aria-labelledby': 'people-heading' },
      h('h2', { id: 'people-heading' }, 'People'),
      h('div', { class: 'table-scroll' },
        h('table', { class: 'data-table', 'aria-labelledby': 'people-heading' },
          h('thead', {}, h('tr', {}, ...['Name', 'Organisation', 'Role'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, ...access.people.map(row)),
        ),
      ),
    );
  }

  function proposalsSection(access: StatementAccess, manages: boolean): HTMLElement | null {
    if (access.signatoryProposals.length === 0) {
      return null;
    }
    const item = (p: StatementAccess['signatoryProposals'][number]) => {
      // Withdrawing the proposal leaves any role the person holds as it is.
      const withdraw = manages ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Withdraw the proposal of ${p.name} as signatory` }, 'Withdraw proposal') : null;
      withdraw?.addEventListener('click', () => void change(() => api.withdrawProposal(id, p.personId), () => `The proposal of ${p.name} as signatory is withdrawn.`));
      return h('li', {}, h('span', {}, h('strong', {}, `${p.name} (${organisationName(access, p.organisationId)})`)),
        h('span', { class: 'standing-note' }, proposalStanding(p.proposedByName, p.proposedAt, organisationName(access, p.organisationId))), withdraw);
    };
    return h('section', { 'aria-labelledby': 'proposals-heading' },
      h('h2', { id: 'proposals-heading' }, 'Signatories proposed'),
      h('ul', { class: 'boundary-list', 'aria-labelledby': 'proposals-heading' }, ...access.signatoryProposals.map(item)),
    );
  }

  /** People of the organisations taking part who have an account and no role yet: chosen, no link needed. */
  function candidatesSection(access: StatementAccess): HTMLElement {
    const heading = h('h2', { id: 'candidates-heading' }, 'Add someone who already has an account');
    if (candidates.length === 0) {
      return h('section', { 'aria-labelledby': 'candidates-heading' }, heading,
        h('p', { class: 'meta' }, 'Everyone with an account in the organisations taking part already has a role here.'));
    }
    const person = h('select', { id: 'candidate' }, ...candidates.map((c) => h('option', { value: c.personId }, `${c.name} (${c.organisationName})`)));
    const role = h('select', { id: 'candidate-role' });
    const fillRoles = () => {
      const chosen = candidates.find((c) => c.personId === person.value);
      const roles = chosen ? rolesFor(access, chosen.organisationId) : [];
      role.replaceChildren(...roles.map((r) => h('option', { value: r, selected: r === 'Editor' }, r)));
    };
    person.addEventListener('change', fillRoles);
    fillRoles();
    const form = h('form', { class: 'inline-form', 'aria-label': 'Add someone who already has an account' },
      h('span', { class: 'pair' }, h('label', { for: 'candidate' }, 'Person'), person),
      h('span', { class: 'pair' }, h('label', { for: 'candidate-role' }, 'Role'), role),
      h('button', { type: 'submit' }, 'Add to the statement'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = candidates.find((c) => c.personId === person.value);
      if (chosen) {
        const given = role.value as StatementRole;
        void change(() => api.setRole(id, chosen.personId, given), roleGiven(chosen.personId, chosen.name, given));
      }
    });
    return h('section', { 'aria-labelledby': 'candidates-heading' }, heading,
      h('p', { class: 'meta' }, 'People of the organisations taking part who have no role here yet. A signatory for another organisation is only proposed: its administrators confirm it.'),
      form,
    );
  }

  /** New people join the lead's own organisation only, and only its administrators may bring them in. */
  function inviteSection(access: StatementAccess): HTMLElement | null {
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
        (email) => ({ email, organisationId: own.id, statementId: id, role: role.value as StatementRole }),
        () => void invitations.refresh(),
        (e, email) => statementInvitationRefusal(e, email, own.name),
      ),
    );
  }

  function draw(access: StatementAccess): void {
    const me = currentPerson.now;
    const myRole = roleOf(access, me);
    const managesPeople = allows(myRole, 'ManagePeople');
    const parts: Array<HTMLElement | null> = [
      h('p', {}, myRole ? `Your role: ${myRole}.` : 'You have no role here.', managesPeople ? '' : ' Only leads change who takes part.'),
      partnersSection(access, all, allows(myRole, 'ManagePartners'), {
        invite: (o) => void change(() => api.addPartner(id, o.id), () => `${o.name} is invited. It takes part once one of its administrators accepts.`),
        remove: (o) => void change(() => api.removePartner(id, o.id), () => `${o.name} no longer takes part; its people lost their roles here.`),
        withdraw: (o) => void change(() => api.removePartner(id, o.id), () => `The invitation of ${o.name} is withdrawn.`),
      }),
      peopleSection(access, managesPeople, me?.id),
      proposalsSection(access, managesPeople),
      ...(managesPeople ? [candidatesSection(access), inviteSection(access), invitations.element] : []),
    ];
    body.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  /** Reads the access view (and, for leads, the candidates and pending links) and draws the page. */
  async function reload(): Promise<StatementAccess> {
    const access = await api.getAccess(id);
    const manages = allows(roleOf(access, currentPerson.now), 'ManagePeople');
    candidates = manages ? await api.listCandidates(id) : [];
    draw(access);
    if (manages) {
      await invitations.refresh();
    }
    return access;
  }

  async function load(): Promise<void> {
    try {
      const [statement, organisations] = await Promise.all([api.getStatement(id), api.listOrganisations()]);
      statementLink.textContent = statement.title;
      heading.textContent = `People and access: ${statement.title}`;
      title(`People and access: ${statement.title}`);
      all = organisations;
      await reload();
    } catch (e) {
      showError(status, e);
    }
  }

  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements'), ' › ', statementLink),
    heading,
    status,
    body,
  );
  void load();
};
