import { api, draftHub, type CommentChangedMessage, type LifecycleMessage, type StatementRole, type StatementState, type SuggestionChangedMessage } from '../api';
import { currentPerson } from '../account/currentPerson';
import { allows, roleOf } from '../account/permissions';
import { CollabEditor, colourFor } from '../editor/collabEditor';
import { DraftSession, type Peer, type SessionState } from '../session/draftSession';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { nameRevisionForm } from '../ui/nameRevisionForm';
import { setState, stateBadge } from '../ui/stateBadge';
import { ReviewMargin } from '../review/reviewMargin';
import { title, type Page } from './page';

/** How long typing must pause before the preview is rendered again by the server. */
const PreviewDelayMs = 700;
/** How long typing must pause before comments and suggestions are read again (a passage edited since a suggestion). */
const ReviewDelayMs = 1500;

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
  const previewChoice = (value: string, label: string, checked = false) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'preview-of', value, checked }), label);
  const previewMode = h('fieldset', { class: 'preview-mode' }, h('legend', { class: 'visually-hidden' }, 'Preview of'), previewChoice('current', 'Current text', true), previewChoice('suggested', 'With all open suggestions accepted'));
  const previewNote = h('p', { class: 'meta' });
  const roleNote = h('p', { class: 'role-note', hidden: true });
  const badge = stateBadge();
  const nameForm = nameRevisionForm(id, () => undefined);
  nameForm.hidden = true;
  const reviewToolbarSlot = h('div', {});
  const marginSlot = h('div', { class: 'margin-slot' });

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
    reviewToolbarSlot,
    h(
      'div',
      { class: 'editor-layout with-margin' },
      h('section', { 'aria-labelledby': 'editor-heading' }, h('h2', { id: 'editor-heading', class: 'visually-hidden' }, 'Text'), editorHost),
      marginSlot,
    ),
    h('section', { 'aria-labelledby': 'preview-heading', class: 'preview-section' }, h('div', { class: 'preview-head' }, h('h2', { id: 'preview-heading' }, 'Preview'), previewMode), previewNote, preview),
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
    margin.setTextOpen(textOpen());
  };
  const stateTexts = () => (role === null || allows(role, 'Edit') ? stateText : readingStateText);
  let editor: CollabEditor | null = null;
  const refreshPreview = debounce(async () => {
    if (!session.settled) {
      refreshPreview();
      return;
    }
    try {
      if ((previewMode.querySelector('input:checked') as HTMLInputElement | null)?.value === 'suggested') {
        const suggested = await api.previewSuggestions(id);
        preview.innerHTML = suggested.html;
        previewNote.textContent = `Version ${suggested.version} with ${suggested.applied.length} open suggestion${suggested.applied.length === 1 ? '' : 's'} accepted${suggested.skipped.length > 0 ? ` (${suggested.skipped.length} left out: edited since, or overlapping another)` : ''}. Nothing is changed until a lead accepts.`;
        return;
      }
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
      if (state === 'live') {
        // Back after a join or a reconnect: comments and suggestions may have changed meanwhile.
        margin.refresh();
      }
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
  const reviewAfterTyping = debounce(() => margin.refresh(), ReviewDelayMs);
  editor = new CollabEditor(editorHost, session, 'Statement text (Markdown)', () => {
    refreshPreview();
    reviewAfterTyping();
  });
  previewMode.addEventListener('change', () => refreshPreview());
  const margin = new ReviewMargin({
    statementId: id,
    editor,
    settledVersion: () => (session.loaded && session.settled && session.state === 'live' ? session.version : null),
    changed: () => refreshPreview(),
  });
  reviewToolbarSlot.replaceWith(margin.toolbar);
  marginSlot.replaceWith(margin.element);
  const stopReview = [
    hub.on<CommentChangedMessage>('CommentChanged', (m) => m.statementId === id && margin.refresh()),
    hub.on<SuggestionChangedMessage>('SuggestionChanged', (m) => m.statementId === id && margin.refresh()),
  ];

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
      margin.setRole(role, new Map([...access.people.map((p) => [p.personId, p.name] as const), ...[access.convening, ...access.partners].map((o) => [o.id, o.name] as const)]));
      const mayEdit = allows(role, 'Edit');
      roleNote.hidden = mayEdit;
      roleNote.textContent = mayEdit
        ? ''
        : allows(role, 'Suggest')
          ? `Your role (${role}) does not change the text directly: what you type becomes a suggestion, and you can comment on any passage.`
          : `You can read this statement and follow the changes live; your role (${role ?? 'none'}) does not allow editing.`;
      nameForm.hidden = !allows(role, 'NameRevision');
      connection.textContent = stateTexts()[session.state];
      editor?.setEditable(editable());
    },
    (e) => showError(problems, e),
  );
  api.getLifecycle(id).then((l) => showLifecycle(l.state), (e) => showError(problems, e));
  const stopFollowing = hub.on<LifecycleMessage>('LifecycleChanged', (m) => m.statementId === id && showLifecycle(m.state));
  void session.start().then(() => margin.load());

  return () => {
    stopFollowing();
    stopReview.forEach((stop) => stop());
    reviewAfterTyping.cancel();
    margin.destroy();
    refreshPreview.cancel();
    editor?.destroy();
    void session.close().finally(() => hub.stop());
  };
};
