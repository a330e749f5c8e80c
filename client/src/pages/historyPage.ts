import { api, type RevisionView, type StatementAccess, type StatementDetails } from '../api';
import { currentPerson } from '../account/currentPerson';
import { allows, roleOf } from '../account/permissions';
import { h, showError, statusLine, when } from '../ui/dom';
import { nameRevisionForm } from '../ui/nameRevisionForm';
import { wordUploadPanel } from '../review/wordUploadPanel';
import { inlineRedline, sideBySide, summary } from '../ui/redline';
import { navigate } from '../ui/navigation';
import { title, type Page } from './page';

type View = 'inline' | 'side';

function revisionRow(r: RevisionView, id: string, authors: ReadonlyMap<string, string>): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('td', {}, String(r.version)),
    h('td', {}, r.label ?? (r.kind === 'Auto' ? 'Automatic' : r.kind)),
    h('td', {}, authors.get(r.author) ?? 'someone no longer taking part'),
    h('td', {}, when(r.createdAt)),
    h('td', {}, h('code', { title: r.sha256 }, r.sha256.slice(0, 12))),
    h('td', {}, h('a', { href: `/statements/${id}/history?from=${r.version}&to=current`, 'aria-label': `Compare version ${r.version} with the current text` }, 'Compare with current')),
    h('td', {}, h('a', { href: versionDocx(id, r.version), download: '', 'aria-label': `Download version ${r.version} as a Word document` }, 'Word (.docx)')),
  );
}

/** The Word export of one version (docs/word.md); the server names the file. */
function versionDocx(id: string, version: number): string {
  return `/api/statements/${id}/versions/${version}/docx`;
}

/** The redline as a Word document whose differences are tracked changes. */
function redlineDocx(id: string, from: number, to: number): string {
  return `/api/statements/${id}/redline/docx?from=${from}&to=${to}`;
}

function versionOptions(select: HTMLSelectElement, current: number, revisions: readonly RevisionView[], selected: number): void {
  const labels = new Map(revisions.filter((r) => r.label !== null).map((r) => [r.version, r.label!]));
  const options: HTMLOptionElement[] = [];
  for (let v = current; v >= 0; v--) {
    const name = v === current ? `${v} (current)` : labels.has(v) ? `${v}: ${labels.get(v)}` : String(v);
    const option = h('option', { value: v }, name);
    option.selected = v === selected;
    options.push(option);
  }
  select.replaceChildren(...options);
}

/** A statement's revisions, and the redline between any two of its versions, inline or side by side. */
export const historyPage: Page = (main, { id }, query) => {
  title('History');
  const heading = h('h1', {}, 'History');
  const revisionsBody = h('tbody');
  const revisionsStatus = statusLine();
  const fromSelect = h('select', { id: 'from-version', name: 'from' });
  const toSelect = h('select', { id: 'to-version', name: 'to' });
  const view: View = query.get('view') === 'side' ? 'side' : 'inline';
  const radio = (value: View, label: string) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'view', value, checked: view === value }), label);
  const compareForm = h(
    'form',
    { class: 'inline-form compare-form', 'aria-labelledby': 'compare-heading' },
    h('label', { for: 'from-version' }, 'From version'),
    fromSelect,
    h('label', { for: 'to-version' }, 'To version'),
    toSelect,
    h('fieldset', {}, h('legend', {}, 'Show'), radio('inline', 'Inline'), radio('side', 'Side by side')),
    h('button', { type: 'submit' }, 'Show redline'),
  );
  const stats = statusLine('stats');
  const redlineDownload = h('a', { class: 'redline-docx', download: '', hidden: true }, 'Download this redline as a Word document with tracked changes (.docx)');
  const redlineHost = h('div', { class: 'redline-host' });
  const nameForm = nameRevisionForm(id, () => void load());
  nameForm.hidden = true;
  const uploadPanel = wordUploadPanel(id);
  uploadPanel.hidden = true;

  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements'), ' › ', h('a', { href: `/statements/${id}`, id: 'statement-link' }, 'Statement')),
    heading,
    h(
      'section',
      { 'aria-labelledby': 'compare-heading' },
      h('h2', { id: 'compare-heading' }, 'Compare two versions'),
      compareForm,
      stats,
      h('p', {}, redlineDownload),
      redlineHost,
    ),
    h(
      'section',
      { 'aria-labelledby': 'revisions-heading' },
      h('h2', { id: 'revisions-heading' }, 'Revisions'),
      revisionsStatus,
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'revisions' },
          h('thead', {}, h('tr', {}, ...['Version', 'Name', 'Author', 'When', 'SHA-256', '', 'Download'].map((c) => h('th', { scope: 'col' }, c)))),
          revisionsBody,
        ),
      ),
      nameForm,
    ),
    uploadPanel,
  );

  compareForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = (compareForm.elements.namedItem('view') as RadioNodeList).value;
    navigate(`/statements/${id}/history?from=${fromSelect.value}&to=${toSelect.value}&view=${chosen}`);
  });

  async function showRedline(from: number, to: number): Promise<void> {
    stats.classList.remove('error');
    stats.textContent = 'Comparing…';
    try {
      const redline = await api.getRedline(id, from, to);
      stats.textContent = `From version ${from} to version ${to}: ${summary(redline)}`;
      redlineDownload.href = redlineDocx(id, from, to);
      redlineDownload.hidden = false;
      if (view === 'side') {
        redlineHost.replaceChildren(sideBySide(redline));
      } else {
        redlineHost.replaceChildren(inlineRedline(redline));
      }
    } catch (e) {
      redlineDownload.hidden = true;
      showError(stats, e);
    }
  }

  async function load(): Promise<void> {
    let statement: StatementDetails;
    let revisions: RevisionView[];
    let access: StatementAccess;
    try {
      [statement, revisions, access] = await Promise.all([api.getStatement(id), api.listRevisions(id), api.getAccess(id)]);
    } catch (e) {
      showError(revisionsStatus, e);
      return;
    }
    heading.textContent = `History of “${statement.title}”`;
    title(`History of ${statement.title}`);
    document.getElementById('statement-link')!.textContent = statement.title;
    // Revisions name their author by person id; the people taking part are the ones who can have written them.
    const authors = new Map(access.people.map((p) => [p.personId, p.name]));
    nameForm.hidden = !allows(roleOf(access, currentPerson.now), 'NameRevision');
    uploadPanel.hidden = !allows(roleOf(access, currentPerson.now), 'Suggest');
    revisionsBody.replaceChildren(...[...revisions].reverse().map((r) => revisionRow(r, id, authors)));
    revisionsStatus.textContent = revisions.length === 0 ? 'No revisions yet: name the current version to keep it.' : '';
    const parse = (value: string | null, fallback: number) =>
      value === 'current' || value === null || Number.isNaN(Number(value)) ? fallback : Math.max(0, Math.min(statement.version, Number(value)));
    const latestNamed = [...revisions].reverse().find((r) => r.version < statement.version)?.version ?? Math.max(0, statement.version - 1);
    const from = parse(query.get('from'), latestNamed);
    const to = parse(query.get('to'), statement.version);
    versionOptions(fromSelect, statement.version, revisions, from);
    versionOptions(toSelect, statement.version, revisions, to);
    await showRedline(from, to);
  }

  void load();
};
