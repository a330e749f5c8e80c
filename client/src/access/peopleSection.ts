import type { Participant, StatementAccess, StatementRole } from '../api';
import { rolesFor } from '../account/permissions';
import { h } from '../ui/dom';
import { organisationName } from './statementNames';

/** What the people table does when a lead changes someone's role or takes them off the statement. */
export interface PeopleActions {
  setRole(person: Participant, role: StatementRole): void;
  remove(person: Participant): void;
}

function roleSelect(id: string, roles: readonly StatementRole[], selected: StatementRole, label: string): HTMLSelectElement {
  return h('select', { id, 'aria-label': label }, ...roles.map((r) => h('option', { value: r, selected: r === selected }, r)));
}

/** Everyone with a role on the statement, with their organisation; a lead changes roles and removes people here. */
export function peopleSection(access: StatementAccess, manages: boolean, myId: string | undefined, act: PeopleActions): HTMLElement {
  const row = (p: Participant) => {
    const roleCell = h('td', {});
    if (manages) {
      const select = roleSelect(`role-${p.personId}`, rolesFor(access, p.organisationId), p.role, `Role of ${p.name}`);
      select.addEventListener('change', () => act.setRole(p, select.value as StatementRole));
      const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Take ${p.name} off this statement` }, 'Remove');
      remove.addEventListener('click', () => act.remove(p));
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
