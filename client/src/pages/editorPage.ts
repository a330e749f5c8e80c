import { ApiError, api, draftHub, type AccessChangedMessage, type CommentChangedMessage, type LifecycleMessage, type StatementRole, type StatementState, type SuggestionChangedMessage } from '../api';
import { currentPerson } from '../account/currentPerson';
import { statementNames } from '../access/statementNames';
import { allows, roleOf } from '../account/permissions';
import { CollabEditor, colourFor } from '../editor/collabEditor';
import { SetAsideNotice, StoppedAdvice, roleChangedNotice, roleNote } from '../account/roleNotices';
import { sentenceForCode } from '../errors/errorSentences';
import { DraftSession, type Peer, type SessionState } from '../session/draftSession';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { nameRevisionForm } from '../ui/nameRevisionForm';
import { setState, stateBadge } from '../ui/stateBadge';
import { reviewMargin } from '../review/margin/reviewMargin';
import { title, type Page } from './page';

/** How long typing must pause before the preview is rendered again by the server. */
const PreviewDelayMs = 700;
/** How long typing must pause before comments and suggestions are read again (a passage edited since a suggestion). */
const ReviewDelayMs = 1500;

const stateText: Record<SessionState, string> = {
  joining: 'Connecting…',
  live: 'Live: changes are shared as you type',
  offline: 'Offline: your changes are kept and sent when the connection is back',
  stopped: 'Not saving: your last change was refused',
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
  const roleNoteLine = h('p', { class: 'role-note', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'aria-live': 'polite', hidden: true });
  const keptText = h('textarea', { class: 'kept-text', readonly: true, rows: 6, 'aria-label': 'Your text as you had it (not saved)' });
  const keptNote = h('p', {});
  const keptPanel = h(
    'section',
    { class: 'kept panel', hidden: true, 'aria-label': 'Changes that were not saved' },
    keptNote,
    keptText,
    h('button', { type: 'button', onclick: () => (keptPanel.hidden = true) }, 'Dismiss'),
  );
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
    roleNoteLine,
    notice,
    problems,
    keptPanel,
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
    margin.update({ role, names, textOpen: textOpen() });
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
    error: (code) => {
      problems.classList.add('error');
      problems.textContent = sentenceForCode(code);
    },
    stopped: (code) => {
      problems.classList.add('error');
      problems.textContent = `${sentenceForCode(code)} ${StoppedAdvice}`;
    },
    setAside: (text, code) => {
      keptNote.textContent = SetAsideNotice;
      keptText.value = text;
      keptPanel.hidden = false;
      if (code === 'access.forbidden') {
        // Refused before the notice of the change arrived (or it went to another server): read the role now.
        void readRole(true);
      }
    },
  });
  const reviewAfterTyping = debounce(() => margin.refresh(), ReviewDelayMs);
  editor = new CollabEditor(editorHost, session, 'Statement text (Markdown)', () => {
    refreshPreview();
    reviewAfterTyping();
  });
  previewMode.addEventListener('change', () => refreshPreview());
  const margin = reviewMargin({
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
  let names: ReadonlyMap<string, string> = new Map();
  /** Puts the editor in the mode `newRole` allows: editable, suggest-only or read-only. */
  const applyRole = (newRole: StatementRole | null) => {
    role = newRole;
    margin.update({ role, names, textOpen: textOpen() });
    const note = roleNote(role);
    roleNoteLine.hidden = note === '';
    roleNoteLine.textContent = note;
    nameForm.hidden = !allows(role, 'NameRevision');
    connection.textContent = stateTexts()[session.state];
    editor?.setEditable(editable());
  };
  /** A lead changed the person's role while the editor is open: switch the mode at once, and say so. */
  const roleChanged = (newRole: StatementRole | null) => {
    if (newRole === role) {
      return;
    }
    if (!allows(newRole, 'Edit')) {
      session.setAsideUnsent();
    }
    applyRole(newRole);
    notice.hidden = false;
    notice.textContent = roleChangedNotice(newRole);
  };
  const readRole = async (changed: boolean) => {
    try {
      const access = await api.getAccess(id);
      names = statementNames(access);
      const mine = roleOf(access, currentPerson.now);
      if (changed) {
        roleChanged(mine);
      } else {
        applyRole(mine);
      }
    } catch (e) {
      if (changed && e instanceof ApiError && e.code === 'statement.not_found') {
        roleChanged(null);
        return;
      }
      showError(problems, e);
    }
  };
  void readRole(false);
  const stopAccess = hub.on<AccessChangedMessage>('AccessChanged', (m) => m.statementId === id && roleChanged(m.role));
  api.getLifecycle(id).then((l) => showLifecycle(l.state), (e) => showError(problems, e));
  const stopFollowing = hub.on<LifecycleMessage>('LifecycleChanged', (m) => m.statementId === id && showLifecycle(m.state));
  void session.start().then(() => margin.load());

  return () => {
    stopFollowing();
    stopAccess();
    stopReview.forEach((stop) => stop());
    reviewAfterTyping.cancel();
    margin.dispose();
    refreshPreview.cancel();
    editor?.destroy();
    void session.close().finally(() => hub.stop());
  };
};
