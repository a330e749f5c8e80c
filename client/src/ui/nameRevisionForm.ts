import { api, type RevisionView } from '../api';
import { h, showError, statusLine } from './dom';

let formCount = 0;

/** A small form that names the statement's current version, e.g. "Draft 2 for partners". */
export function nameRevisionForm(statementId: string, named: (revision: RevisionView) => void): HTMLFormElement {
  const id = `revision-label-${++formCount}`;
  const input = h('input', { id, name: 'label', required: true, maxlength: 200, autocomplete: 'off', placeholder: 'Draft 2 for partners' });
  const status = statusLine();
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Name a revision' },
    h('label', { for: id }, 'Name this version'),
    input,
    h('button', { type: 'submit' }, 'Name version'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    try {
      const revision = await api.nameRevision(statementId, input.value);
      status.textContent = `Version ${revision.version} is named “${revision.label}”.`;
      input.value = '';
      named(revision);
    } catch (e) {
      showError(status, e);
    }
  });
  return form;
}
