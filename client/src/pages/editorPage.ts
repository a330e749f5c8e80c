import { ApiError, api, draftHub, type AccessChangedMessage, type CommentChangedMessage, type LifecycleMessage, type StatementRole, type StatementState, type SuggestionChangedMessage } from '../api';
import { currentPerson } from '../account/currentPerson';
import { statementNames } from '../access/statementNames';
import { allows, roleOf } from '../account/permissions';
import { CollabEditor } from '../editor/collabEditor';
import { connectionStatus, participantList } from '../editor/connectionStatus';
import { keptText } from '../editor/keptText';
import { previewPanel } from '../editor/previewPanel';
import { SetAsideNotice, StoppedAdvice, roleChangedNotice, roleNote } from '../account/roleNotices';
import { sentenceForCode } from '../errors/errorSentences';
import { DraftSession, type SessionState } from '../session/draftSession';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { nameRevisionForm } from '../ui/nameRevisionForm';
import { setState, stateBadge } from '../ui/stateBadge';
import { reviewMargin } from '../review/margin/reviewMargin';
import { title, type Page } from './page';

/** How long typing must pause before comments and suggestions are read again (a passage edited since a suggestion). */
const ReviewDelayMs = 1500;

/** Live co-editing of one statement, with others' cursors and a preview rendered by the server. */
export const editorPage: Page = (main, { id }) => {
  title('Editing');
  const heading = h('h1', {}, 'Statement');
  const connection = connectionStatus();
  const participants = participantList();
  const problems = statusLine('status');
  const editorHost = h('div', { class: 'editor' });
  const preview = previewPanel(id, () => session.settled);
  const roleNoteLine = h('p', { class: 'role-note', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'aria-live': 'polite', hidden: true });
  const kept = keptText();
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
      connection.element,
      participants.element,
      h('a', { href: `/statements/${id}/history` }, 'History and redlines'),
      h('a', { href: `/statements/${id}/sign-off` }, 'Sign-off'),
      h('a', { href: `/statements/${id}/access` }, 'People and access'),
    ),
    roleNoteLine,
    notice,
    problems,
    kept.element,
    reviewToolbarSlot,
    h(
      'div',
      { class: 'editor-layout with-margin' },
      h('section', { 'aria-labelledby': 'editor-heading' }, h('h2', { id: 'editor-heading', class: 'visually-hidden' }, 'Text'), editorHost),
      marginSlot,
    ),
    preview.element,
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
  const showConnection = (state: SessionState) => connection.update({ state, reading: role !== null && !allows(role, 'Edit') });
  let editor: CollabEditor | null = null;

  const session = new DraftSession(hub, id, {
    reset: (text) => editor?.reset(text),
    remoteOp: (op) => editor?.applyRemote(op),
    stateChanged: (state) => {
      showConnection(state);
      editor?.setEditable(editable());
      preview.refresh();
      if (state === 'live') {
        // Back after a join or a reconnect: comments and suggestions may have changed meanwhile.
        margin.refresh();
      }
    },
    peersChanged: (peers) => {
      editor?.showPeers(peers);
      participants.update(peers);
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
      kept.update({ text, note: SetAsideNotice });
      if (code === 'access.forbidden') {
        // Refused before the notice of the change arrived (or it went to another server): read the role now.
        void readRole(true);
      }
    },
  });
  const reviewAfterTyping = debounce(() => margin.refresh(), ReviewDelayMs);
  editor = new CollabEditor(editorHost, session, 'Statement text (Markdown)', () => {
    preview.refresh();
    reviewAfterTyping();
  });
  const margin = reviewMargin({
    statementId: id,
    editor,
    settledVersion: () => (session.loaded && session.settled && session.state === 'live' ? session.version : null),
    changed: () => preview.refresh(),
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
      preview.update(statement);
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
    showConnection(session.state);
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
    [margin, preview, kept, participants, connection].forEach((component) => component.dispose());
    editor?.destroy();
    void session.close().finally(() => hub.stop());
  };
};
