import { api, type Member, type Organisation, type Participant, type StatementAccess, type StatementRole } from '../api';
import { currentPerson } from '../account/currentPerson';
import { allows, roleOf, rolesFor } from '../account/permissions';
import { h, showError, statusLine } from '../ui/dom';
import { inviteForm } from '../ui/inviteForm';
import { title, type Page } from './page';

function roleSelect(id: string, roles: readonly StatementRole[], selected: StatementRole, label: string): HTMLSelectElement {
  return h('select', { id, 'aria-label': label }, ...roles.map((r) => h('option', { value: r, selected: r === selected }, r)));
}

/** Who takes part in a statement; its leads add and remove partner organisations, give roles and invite people. */
export const accessPage: Page = (main, { id }) => {
  title('People and access');
  const heading = h('h1', {}, 'People and access');
  const status = statusLine();
  const body = h('div');
  const statementLink = h('a', { href: `/statements/${id}` }, 'Statement');
  let all: Organisation[] = [];
  let colleagues: Member[] = [];

  async function change(action: () => Promise<StatementAccess>): Promise<void> {
    status.classList.remove('error');
    try {
      draw(await action());
    } catch (e) {
      showError(status, e);
    }
  }

  function organisationsSection(access: StatementAccess, manages: boolean): HTMLElement {
    const partnerItem = (o: Organisation) => {
      const remove = manages ? h('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${o.name} as a partner` }, 'Remove') : null;
      remove?.addEventListener('click', () => {
        if (confirm(`Remove ${o.name} as a partner? Its people lose their roles on this statement.`)) {
          void change(() => api.removePartner(id, o.id));
        }
      });
      return h('li', {}, o.name, ' ', remove);
    };
    const taking = new Set([access.convening.id, ...access.partners.map((p) => p.id)]);
    const candidates = all.filter((o) => !taking.has(o.id));
    const select = h('select', { id: 'partner-organisation' }, ...candidates.map((o) => h('option', { value: o.id }, o.name)));
    const add = h('form', { class: 'inline-form', 'aria-label': 'New partner' },
      h('label', { for: 'partner-organisation' }, 'Add a partner organisation'), select, h('button', { type: 'submit' }, 'Add partner'));
    add.addEventListener('submit', (event) => {
      event.preventDefault();
      void change(() => api.addPartner(id, select.value));
    });
    return h('section', { 'aria-labelledby': 'organisations-heading' },
      h('h2', { id: 'organisations-heading' }, 'Organisations'),
      h('p', {}, 'Convened by ', h('strong', {}, access.convening.name), '.'),
      access.partners.length === 0 ? h('p', { class: 'meta' }, 'No partner organisations yet.') : h('ul', { class: 'plain-list', 'aria-label': 'Partners' }, ...access.partners.map(partnerItem)),
      manages && candidates.length > 0 ? add : null,
    );
  }

  function peopleSection(access: StatementAccess, names: Map<string, string>, manages: boolean, myId: string | undefined): HTMLElement {
    const row = (p: Participant) => {
      const roleCell = h('td', {});
      if (manages) {
        const select = roleSelect(`role-${p.personId}`, rolesFor(access, p.organisationId), p.role, `Role of ${p.name}`);
        select.addEventListener('change', () => void change(() => api.setRole(id, p.personId, select.value as StatementRole)));
        const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Take ${p.name} off this statement` }, 'Remove');
        remove.addEventListener('click', () => void change(() => api.removePerson(id, p.personId)));
        roleCell.append(select, ' ', remove);
      } else {
        roleCell.append(p.role);
      }
      return h('tr', {}, h('td', {}, p.name, p.personId === myId ? ' (you)' : ''), h('td', {}, names.get(p.organisationId) ?? 'an organisation no longer on it'), roleCell);
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

  /** Leads give a role to a colleague of their own organisation, whom they can see in its member list. */
  function colleaguesForm(access: StatementAccess): HTMLElement | null {
    const on = new Set(access.people.map((p) => p.personId));
    const free = colleagues.filter((m) => !on.has(m.personId));
    if (free.length === 0) {
      return null;
    }
    const person = h('select', { id: 'colleague' }, ...free.map((m) => h('option', { value: m.personId }, `${m.name} (${m.email})`)));
    const role = roleSelect('colleague-role', rolesFor(access, access.convening.id), 'Editor', 'Role');
    const form = h('form', { class: 'inline-form', 'aria-label': 'Give a colleague a role' },
      h('label', { for: 'colleague' }, 'Colleague'), person, role, h('button', { type: 'submit' }, 'Give role'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void change(() => api.setRole(id, person.value, role.value as StatementRole));
    });
    return form;
  }

  function inviteSection(access: StatementAccess): HTMLElement {
    const organisations = [access.convening, ...access.partners];
    const organisation = h('select', { id: 'invite-organisation' }, ...organisations.map((o) => h('option', { value: o.id }, o.name)));
    const role = h('select', { id: 'invite-role' });
    const fillRoles = () => {
      const roles = rolesFor(access, organisation.value);
      role.replaceChildren(...roles.map((r) => h('option', { value: r, selected: r === 'Editor' }, r)));
    };
    organisation.addEventListener('change', fillRoles);
    fillRoles();
    return h('section', { 'aria-labelledby': 'invite-statement-heading' },
      h('h2', { id: 'invite-statement-heading' }, 'Invite someone to this statement'),
      h('p', { class: 'meta' }, 'They take part for the organisation you choose; someone new also joins it.'),
      inviteForm(
        'Invite someone to this statement',
        [h('label', { for: 'invite-organisation' }, 'For'), organisation, h('label', { for: 'invite-role' }, 'Role'), role],
        (email) => ({ email, organisationId: organisation.value, statementId: id, role: role.value as StatementRole }),
      ),
    );
  }

  function draw(access: StatementAccess): void {
    const me = currentPerson.now;
    const myRole = roleOf(access, me);
    const names = new Map([access.convening, ...access.partners].map((o) => [o.id, o.name]));
    const managesPeople = allows(myRole, 'ManagePeople');
    body.replaceChildren(
      h('p', {}, myRole ? `Your role: ${myRole}.` : 'You have no role here.', managesPeople ? '' : ' Only leads change who takes part.'),
      organisationsSection(access, allows(myRole, 'ManagePartners')),
      peopleSection(access, names, managesPeople, me?.id),
      ...(managesPeople ? [colleaguesForm(access), inviteSection(access)].filter((e): e is HTMLElement => e !== null) : []),
    );
  }

  async function load(): Promise<void> {
    try {
      const me = currentPerson.now;
      const [statement, access, organisations, members] = await Promise.all([
        api.getStatement(id),
        api.getAccess(id),
        api.listOrganisations(),
        me?.organisation ? api.listMembers(me.organisation.id) : Promise.resolve([]),
      ]);
      statementLink.textContent = statement.title;
      heading.textContent = `People and access: ${statement.title}`;
      title(`People and access: ${statement.title}`);
      all = organisations;
      colleagues = members;
      draw(access);
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
