import { api, type StatementRole } from '../../api';
import { allows } from '../../account/permissions';
import type { Passage } from '../../editor/suggestMode';
import type { Component } from '../../ui/component';
import { h, showError } from '../../ui/dom';
import { SyncAttempts, SyncPollMs, sleep, type MarginHost } from './marginHost';

/** The id of the editor's mark on the passage a note is being written about. */
export const DraftId = 'draft';

type DraftKind = 'comment' | 'suggestion';

/** Writing a new note: the "Comment on selection" button (its element) and the draft card it opens. */
export interface Composer extends Component<StatementRole | null> {
  /** The note being written, shown first among the cards, or null. */
  card(): HTMLElement | null;
  /** Opens a suggestion for the passage an edit in suggest mode touched (null: nothing to suggest on). */
  suggest(passage: Passage | null): void;
}

/**
 * Opens a draft comment on the selection (the button, or Ctrl+Alt+M / ⌘⌥M in the text) or a draft suggestion from
 * suggest mode, marks its passage in the editor, and sends it once the editor shows the server's text exactly.
 * `status` is the toolbar's status line; `changed` redraws the margin when a draft opens or closes; `saved` follows
 * a note the server took.
 */
export function composer(host: MarginHost, status: HTMLElement, changed: () => void, saved: () => void): Composer {
  const { editor } = host;
  const button = h('button', { type: 'button', class: 'secondary', 'aria-keyshortcuts': 'Control+Alt+M', title: 'Comment on the selected passage (Ctrl+Alt+M in the text)' }, 'Comment on selection');
  let role: StatementRole | null = null;
  let draft: { kind: DraftKind; card: HTMLElement } | null = null;

  const startComment = () => {
    const { from, to } = editor.selection();
    if (from === to) {
      showError(status, 'Select the passage you want to comment on first.');
      editor.view.focus();
      return;
    }
    openDraft('comment', from, to, '');
  };
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', startComment);
  // From the keyboard, without leaving the text: Ctrl+Alt+M (⌘⌥M) comments on the selection.
  const shortcut = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === 'KeyM' && allows(role, 'Comment')) {
      e.preventDefault();
      startComment();
    }
  };
  editor.view.contentDOM.addEventListener('keydown', shortcut);

  function openDraft(kind: DraftKind, from: number, to: number, replacement: string): void {
    status.textContent = '';
    status.classList.remove('error');
    const quote = editor.view.state.doc.sliceString(from, to);
    const fieldId = `draft-${kind}`;
    const field = h('textarea', { id: fieldId, name: kind, rows: 3, maxlength: 10000 });
    field.value = replacement;
    const cardStatus = h('p', { class: 'status', role: 'status' });
    const save = h('button', { type: 'submit' }, kind === 'comment' ? 'Comment' : 'Suggest');
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const label = kind === 'comment' ? 'Your comment on' : 'Replace';
    const form = h(
      'form',
      { class: 'review-card draft', 'data-id': DraftId, 'aria-label': kind === 'comment' ? 'New comment' : 'New suggestion' },
      h('label', { for: fieldId }, `${label} `, h('q', {}, quote.length > 120 ? `${quote.slice(0, 117)}…` : quote), kind === 'suggestion' ? ' with' : ''),
      field,
      h('div', { class: 'card-actions' }, save, cancel),
      cardStatus,
    );
    const close = () => {
      draft = null;
      editor.setReviewMarks(editor.reviewMarks().filter((m) => m.id !== DraftId));
      changed();
      editor.view.focus();
    };
    cancel.addEventListener('click', close);
    form.addEventListener('keydown', (e) => e.key === 'Escape' && close());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void saveDraft(kind, field.value, save, cardStatus).then((done) => done && close());
    });
    draft = { kind, card: form };
    editor.setReviewMarks([...editor.reviewMarks().filter((m) => m.id !== DraftId), { id: DraftId, kind: 'draft', from, to }]);
    changed();
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }

  /** Sends a draft once the editor shows the server's text exactly, so its range is a range of that version. */
  async function saveDraft(kind: DraftKind, text: string, save: HTMLButtonElement, cardStatus: HTMLElement): Promise<boolean> {
    if (kind === 'comment' && text.trim() === '') {
      showError(cardStatus, 'Write your comment first.');
      return false;
    }
    save.disabled = true;
    try {
      let version = host.settledVersion();
      for (let i = 0; version === null && i < SyncAttempts; i++) {
        await sleep(SyncPollMs);
        version = host.settledVersion();
      }
      const mark = editor.reviewMarks().find((m) => m.id === DraftId);
      if (version === null || mark === undefined) {
        throw new Error(mark === undefined ? 'The passage was deleted meanwhile.' : 'The connection is not live: try again in a moment.');
      }
      const start = editor.fromEditor(mark.from);
      const end = editor.fromEditor(mark.to);
      if (kind === 'comment') {
        await api.createThread(host.statementId, start, end, version, text.trim());
      } else {
        await api.createSuggestion(host.statementId, start, end, version, text);
      }
      saved();
      return true;
    } catch (e) {
      showError(cardStatus, e);
      return false;
    } finally {
      save.disabled = false;
    }
  }

  return {
    element: button,
    card: () => draft?.card ?? null,
    suggest(passage) {
      if (passage === null) {
        showError(status, 'Select the passage you want to change, then type: nothing is selected here.');
        return;
      }
      if (draft?.kind === 'suggestion') {
        // Typing on in the editor while a suggestion is open: it goes on in the suggestion's field.
        draft.card.querySelector('textarea')!.focus();
        return;
      }
      openDraft('suggestion', passage.from, passage.to, passage.replacement);
    },
    update(newRole) {
      role = newRole;
      button.hidden = !allows(role, 'Comment');
    },
    dispose() {
      editor.view.contentDOM.removeEventListener('keydown', shortcut);
    },
  };
}
