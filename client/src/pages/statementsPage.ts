import { api, type Me, type StatementSummary } from '../api';
import { currentPerson } from '../account/currentPerson';
import { waitingForAdministrators } from '../access/boundaryText';
import { h, showError, statusLine, when } from '../ui/dom';
import { navigate } from '../ui/navigation';
import { title, type Page } from './page';

function statementItem(s: StatementSummary): HTMLLIElement {
  return h(
    'li',
    {},
    h('a', { href: `/statements/${s.id}`, class: 'statement-title' }, s.title),
    h('span', { class: 'meta' }, `Version ${s.version} · updated ${when(s.updatedAt)}`),
    h('a', { href: `/statements/${s.id}/history`, 'aria-label': `History of ${s.title}` }, 'History'),
  );
}

/**
 * What waits for an organisation's administrator (invitations to take part, signatory proposals), as a link to the
 * organisation's page; empty for everyone else and when nothing waits.
 */
function waitingNote(me: Me | null): HTMLElement {
  const note = h('p', { class: 'waiting-note', hidden: true });
  const organisation = me?.organisation;
  if (!organisation || !me.isOrganisationAdmin) {
    return note;
  }
  api.listOrganisationStatements(organisation.id).then(
    (statements) => {
      const waiting = waitingForAdministrators(statements);
      if (waiting !== null) {
        note.replaceChildren(`Waiting for you as an administrator of ${organisation.name}: `, h('a', { href: `/organisations/${organisation.id}` }, waiting), '.');
        note.hidden = false;
      }
    },
    // The note is a convenience: the organisation page says the same, and its own errors.
    () => undefined,
  );
  return note;
}

/**
 * Start a statement from a Word document. When the import left something out, its sentences are shown with a link
 * to the new statement instead of opening it at once, so nobody misses them.
 */
function importForm(): HTMLFormElement {
  const fileInput = h('input', { id: 'import-file', name: 'file', type: 'file', required: true, accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const titleInput = h('input', { id: 'import-title', name: 'title', maxlength: 200, autocomplete: 'off' });
  const status = statusLine();
  const warnings = h('div', { class: 'import-warnings', hidden: true });
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-labelledby': 'import-heading' },
    h('h3', { id: 'import-heading' }, 'Import from Word'),
    h('label', { for: 'import-file' }, 'Word document (.docx)'),
    fileInput,
    h('label', { for: 'import-title' }, 'Name of the new statement (optional: the file’s name otherwise)'),
    titleInput,
    h('button', { type: 'submit' }, 'Import from Word'),
    status,
    warnings,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    warnings.hidden = true;
    const file = fileInput.files?.[0];
    if (!file) {
      status.textContent = 'Choose a Word document first.';
      return;
    }
    status.textContent = 'Importing…';
    try {
      const created = await api.importStatement(file, titleInput.value);
      if (created.warnings.length === 0) {
        navigate(`/statements/${created.id}`);
        return;
      }
      status.textContent = `“${created.title}” was created, but some of the document could not be carried:`;
      warnings.replaceChildren(
        h('ul', {}, ...created.warnings.map((w) => h('li', {}, w))),
        h('a', { href: `/statements/${created.id}` }, `Open “${created.title}”`),
      );
      warnings.hidden = false;
    } catch (e) {
      showError(status, e);
    }
  });
  return form;
}

/** The statements: create one, or open one to edit or to see its history. */
export const statementsPage: Page = (main) => {
  title('Statements');
  const list = h('ul', { class: 'statement-list', 'aria-label': 'Statements' });
  const listStatus = statusLine();
  const titleInput = h('input', { id: 'new-title', name: 'title', required: true, maxlength: 200, autocomplete: 'off' });
  const textInput = h('textarea', { id: 'new-text', name: 'text', rows: 4, placeholder: '# Open letter\n\nWe, the undersigned organisations…' });
  const createStatus = statusLine();
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-labelledby': 'new-heading' },
    h('label', { for: 'new-title' }, 'Title'),
    titleInput,
    h('label', { for: 'new-text' }, 'First text (Markdown, optional)'),
    textInput,
    h('button', { type: 'submit' }, 'Create statement'),
    createStatus,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    createStatus.classList.remove('error');
    try {
      const created = await api.createStatement(titleInput.value, textInput.value);
      navigate(`/statements/${created.id}`);
    } catch (e) {
      showError(createStatus, e);
    }
  });

  // A statement is convened in the name of the creator's organisation, so only its administrators start one.
  const me = currentPerson.now;
  const organisation = me?.organisation;
  const mayStart = organisation !== null && organisation !== undefined && me!.isOrganisationAdmin;
  main.replaceChildren(
    h('h1', {}, 'Statements'),
    waitingNote(me),
    h('section', { 'aria-labelledby': 'list-heading' }, h('h2', { id: 'list-heading' }, 'Open a statement'), listStatus, list),
    h(
      'section',
      { 'aria-labelledby': 'new-heading' },
      h('h2', { id: 'new-heading' }, 'New statement'),
      mayStart
        ? h('p', { class: 'meta' }, `${organisation.name} will convene it, and you will lead it.`)
        : organisation
          ? h('p', { class: 'meta' }, `Only the administrators of ${organisation.name} can start a statement in its name. Ask one of them to start it and make you a lead.`)
          : h('p', { class: 'meta' }, 'You belong to no organisation yet, so you cannot convene a statement. Accept an invitation to join one.'),
      mayStart ? form : null,
      mayStart ? importForm() : null,
    ),
  );

  listStatus.textContent = 'Loading…';
  api.listStatements().then(
    (statements) => {
      list.replaceChildren(...statements.map(statementItem));
      listStatus.textContent = statements.length === 0 ? 'No statements yet: create one below, or ask a lead to invite you to theirs.' : '';
    },
    (e) => showError(listStatus, e),
  );
};
