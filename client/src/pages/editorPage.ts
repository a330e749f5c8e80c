import { api, draftHub, type LifecycleMessage, type StatementRole, type StatementState } from '../api';
import { currentPerson } from '../account/currentPerson';
import { allows, roleOf } from '../account/permissions';
import { CollabEditor, colourFor } from '../editor/collabEditor';
import { DraftSession, type Peer, type SessionState } from '../session/draftSession';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { nameRevisionForm } from '../ui/nameRevisionForm';
import { setState, stateBadge } from '../ui/stateBadge';
import { title, type Page } from './page';

/** How long typing must pause before the preview is rendered again by the server. */
const PreviewDelayMs = 700;

const stateText: Record<SessionState, string> = {
  joining: 'Connecting…',
  live: 'Live: changes are shared as you type',
  offline: 'Offline: your changes are kept and sent when the connection is back',
  failed: 'Could not open this statement',
  closed: 'Closed',
};

/** For someone who may only read, the states say what they see rather than what happens to their typing. */
const readingStateText: Record<SessionState, string> = {
  ...stateText,
  live: 'Live: you see changes as they are made',
  offline: 'Offline: changes will show when the connection is back',
};

function participantItem(peer: Peer): HTMLLIElement {
  return h(
    'li',
    {},
    h('span', { class: 'swatch', style: `background-color: ${colourFor(peer.personId)}`, 'aria-hidden': 'true' }),
    `${peer.name} (${peer.organisation})`,
  );
}

/** Live co-editing of one statement, with others' cursors and a preview rendered by the server. */
export const editorPage: Page = (main, { id }) => {
  title('Editing');
  const heading = h('h1', {}, 'Statement');
  const connection = h('p', { class: 'connection', role: 'status', 'aria-live': 'polite', 'data-state': 'joining' }, stateText.joining);
  const participants = h('ul', { class: 'participants', 'aria-label': 'Also here' });
  const problems = statusLine('status');
  const editorHost = h('div', { class: 'editor' });
  const preview = h('div', { class: 'preview rendered', 'aria-live': 'off' });
  const previewNote = h('p', { class: 'meta' });
  const roleNote = h('p', { class: 'role-note', hidden: true });
  const badge = stateBadge();
  const nameForm = nameRevisionForm(id, () => undefined);
  nameForm.hidden = true;

  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements')),
    heading,
    h(
      'div',
      { class: 'toolbar' },
      badge,
      connection,
      participants,
      h('a', { href: `/statements/${id}/history` }, 'History and redlines'),
      h('a', { href: `/statements/${id}/sign-off` }, 'Sign-off'),
      h('a', { href: `/statements/${id}/access` }, 'People and access'),
    ),
    roleNote,
    problems,
    h(
      'div',
      { class: 'editor-layout' },
      h('section', { 'aria-labelledby': 'editor-heading' }, h('h2', { id: 'editor-heading', class: 'visually-hidden' }, 'Text'), editorHost),
      h('section', { 'aria-labelledby': 'preview-heading' }, h('h2', { id: 'preview-heading' }, 'Preview'), previewNote, preview),
    ),
    nameForm,
  );

  const hub = draftHub();
  // Null until the statement's access is read; the editor stays read-only until it is known to allow editing.
  let role: StatementRole | null = null;
  // Null until read; a published or closed statement's text no longer changes (docs/review.md).
  let lifecycle: StatementState | null = null;
  const textOpen = () => lifecycle !== 'Published' && lifecycle !== 'Closed';
  const editable = () => allows(role, 'Edit') && textOpen() && session.loaded && ['live', 'offline', 'joining'].includes(session.state);
  const showLifecycle = (state: StatementState) => {
    lifecycle = state;
    setState(badge, state);
    editor?.setEditable(editable());
  };
  const stateTexts = () => (role === null || allows(role, 'Edit') ? stateText : readingStateText);
  let editor: CollabEditor | null = null;
  const refreshPreview = debounce(async () => {
    if (!session.settled) {
      refreshPreview();
      return;
    }
    try {
      const statement = await api.getStatement(id);
      preview.innerHTML = statement.html;
      previewNote.textContent = `Version ${statement.version}, as it will be published.`;
    } catch (e) {
      showError(previewNote, e);
    }
  }, PreviewDelayMs);

  const session = new DraftSession(hub, id, {
    reset: (text) => editor?.reset(text),
    remoteOp: (op) => editor?.applyRemote(op),
    stateChanged: (state) => {
      connection.textContent = stateTexts()[state];
      connection.dataset.state = state;
      editor?.setEditable(editable());
      refreshPreview();
    },
    peersChanged: (peers) => {
      editor?.showPeers(peers);
      participants.replaceChildren(...peers.map(participantItem));
    },
    error: (code, message) => {
      problems.classList.add('error');
      problems.textContent = `${code}: ${message}`;
    },
  });
  editor = new CollabEditor(editorHost, session, 'Statement text (Markdown)', refreshPreview);

  api.getStatement(id).then(
    (statement) => {
      heading.textContent = statement.title;
      title(statement.title);
      preview.innerHTML = statement.html;
      previewNote.textContent = `Version ${statement.version}, as it will be published.`;
    },
    (e) => showError(problems, e),
  );
  api.getAccess(id).then(
    (access) => {
      role = roleOf(access, currentPerson.now);
      const mayEdit = allows(role, 'Edit');
      roleNote.hidden = mayEdit;
      roleNote.textContent = mayEdit ? '' : `You can read this statement and follow the changes live; your role (${role ?? 'none'}) does not allow editing.`;
      nameForm.hidden = !allows(role, 'NameRevision');
      connection.textContent = stateTexts()[session.state];
      editor?.setEditable(editable());
    },
    (e) => showError(problems, e),
  );
  api.getLifecycle(id).then((l) => showLifecycle(l.state), (e) => showError(problems, e));
  const stopFollowing = hub.on<LifecycleMessage>('LifecycleChanged', (m) => m.statementId === id && showLifecycle(m.state));
  void session.start();

  return () => {
    stopFollowing();
    refreshPreview.cancel();
    editor?.destroy();
    void session.close().finally(() => hub.stop());
  };
};
