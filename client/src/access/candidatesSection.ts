import type { AccessCandidate, StatementAccess, StatementRole } from '../api';
import { rolesFor } from '../account/permissions';
import { h } from '../ui/dom';

/** People of the organisations taking part who have an account and no role yet: chosen, no link needed. */
export function candidatesSection(access: StatementAccess, candidates: readonly AccessCandidate[], add: (candidate: AccessCandidate, role: StatementRole) => void): HTMLElement {
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
      add(chosen, role.value as StatementRole);
    }
  });
  return h('section', { 'aria-labelledby': 'candidates-heading' }, heading,
    h('p', { class: 'meta' }, 'People of the organisations taking part who have no role here yet. A signatory for another organisation is only proposed: its administrators confirm it.'),
    form,
  );
}
