import { api, type StatementRole, type SuggestionView, type ThreadView } from '../api';
import { allows } from '../account/permissions';
import type { CollabEditor } from '../editor/collabEditor';
import type { ReviewMark } from '../editor/reviewMarks';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { suggestionCard, threadCard, type CardActions } from './reviewCards';
import { anchorsFit, bulkTargets, isOpen, layoutMargin, reviewItems, type ReviewItem } from './reviewState';
import type { Passage } from '../editor/suggestMode';

/** The margin beside the editor, from this width; below it, the notes follow the editor. */
const WideLayout = '(min-width: 960px)';
/** Space between two notes in the margin, in pixels. */
const CardGap = 8;
/** How often, and how many times, to wait for the editor to show the version the server's anchors are at. */
const SyncPollMs = 150;
const SyncAttempts = 30;
const DraftId = 'draft';

interface Draft {
  kind: 'comment' | 'suggestion';
  card: HTMLElement;
}

/** What the margin needs from the editor page. */
export interface MarginHost {
  statementId: string;
  editor: CollabEditor;
  /** The session's version while the editor shows exactly the server's text at it (nothing unconfirmed), else null. */
  settledVersion(): number | null;
  /** Called after comments or suggestions changed (the page's preview of suggestions reads again). */
  changed(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Comments and suggestions beside their passages: a toolbar (comment on the selection, suggest mode, show
 * resolved, a lead's accept-all / reject-all), and the notes, each placed level with its passage on a wide screen
 * and listed below the editor, quote first, on a narrow one.
 */
export class ReviewMargin {
  readonly toolbar: HTMLElement;
  readonly element: HTMLElement;
  private readonly cards = h('div', { class: 'margin-cards' });
  private readonly other = h('div', { class: 'margin-other' });
  private readonly status = statusLine();
  private readonly commentButton = h('button', { type: 'button', class: 'secondary', 'aria-keyshortcuts': 'Control+Alt+M', title: 'Comment on the selected passage (Ctrl+Alt+M in the text)' }, 'Comment on selection');
  private readonly suggestButton = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Suggest changes');
  private readonly modeNote = h('p', { class: 'mode-note', hidden: true });
  private readonly showClosed = h('input', { type: 'checkbox', id: 'show-closed' });
  private readonly bulk = h('select', { id: 'bulk-target' });
  private readonly bulkForm: HTMLElement;
  private readonly counts = h('span', { class: 'meta review-counts' });
  private threads: ThreadView[] = [];
  private suggestions: SuggestionView[] = [];
  private role: StatementRole | null = null;
  private names: ReadonlyMap<string, string> = new Map();
  private draft: Draft | null = null;
  private suggesting = false;
  private readonly wide = window.matchMedia(WideLayout);
  private readonly stops: Array<() => void> = [];
  private syncing = 0;
  readonly refresh = debounce(() => void this.load(), 150);

  constructor(private readonly host: MarginHost) {
    const acceptAll = h('button', { type: 'button' }, 'Accept all');
    const rejectAll = h('button', { type: 'button', class: 'secondary' }, 'Reject all');
    this.bulkForm = h('div', { class: 'bulk', role: 'group', 'aria-label': 'Decide several suggestions', hidden: true }, h('label', { for: 'bulk-target' }, 'Suggestions of'), this.bulk, acceptAll, rejectAll);
    acceptAll.addEventListener('click', () => void this.decideAll(true, acceptAll));
    rejectAll.addEventListener('click', () => void this.decideAll(false, rejectAll));
    this.toolbar = h(
      'div',
      { class: 'review-toolbar', role: 'toolbar', 'aria-label': 'Review' },
      this.commentButton,
      this.suggestButton,
      h('label', { class: 'choice' }, this.showClosed, 'Show resolved and decided'),
      this.counts,
      this.bulkForm,
      this.modeNote,
      this.status,
    );
    this.element = h(
      'aside',
      { class: 'review-margin', 'aria-labelledby': 'margin-heading' },
      h('h2', { id: 'margin-heading', class: 'visually-hidden' }, 'Comments and suggestions'),
      this.cards,
      this.other,
    );
    this.commentButton.addEventListener('mousedown', (e) => e.preventDefault());
    this.commentButton.addEventListener('click', () => this.startComment());
    this.suggestButton.addEventListener('click', () => this.setSuggesting(!this.suggesting));
    this.showClosed.addEventListener('change', () => this.render());
    // From the keyboard, without leaving the text: Ctrl+Alt+M (⌘⌥M) comments on the selection.
    const shortcut = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === 'KeyM' && allows(this.role, 'Comment')) {
        e.preventDefault();
        this.startComment();
      }
    };
    host.editor.view.contentDOM.addEventListener('keydown', shortcut);
    this.stops.push(() => host.editor.view.contentDOM.removeEventListener('keydown', shortcut));
    this.stops.push(host.editor.onLayout(debounce(() => this.place(), 50)));
    const onResize = () => this.place();
    this.wide.addEventListener('change', onResize);
    window.addEventListener('resize', onResize);
    this.stops.push(() => {
      this.wide.removeEventListener('change', onResize);
      window.removeEventListener('resize', onResize);
    });
    this.setRole(null, new Map());
  }

  /** The caller's role decides the controls: commenters and up comment and suggest, leads decide. */
  setRole(role: StatementRole | null, names: ReadonlyMap<string, string>): void {
    this.role = role;
    this.names = names;
    this.commentButton.hidden = !allows(role, 'Comment');
    this.updateSuggesting();
    this.render();
  }

  /** A published or closed statement's text no longer changes: nobody suggests changes to it. */
  setTextOpen(open: boolean): void {
    this.textOpen = open;
    this.updateSuggesting();
  }

  private textOpen = true;

  private updateSuggesting(): void {
    const maySuggest = allows(this.role, 'Suggest') && this.textOpen;
    this.suggestButton.hidden = !maySuggest;
    // Who may suggest but not edit has only suggest mode: their typing always becomes suggestions.
    const onlySuggest = maySuggest && !allows(this.role, 'Edit');
    // Suggest mode forced by a role that could only suggest ends with that role (a lead made them an editor).
    const wasForced = this.suggestButton.disabled;
    this.suggestButton.disabled = onlySuggest;
    const on = onlySuggest || (maySuggest && this.suggesting && !wasForced);
    if (on !== this.suggesting) {
      this.setSuggesting(on);
    }
  }

  async load(): Promise<void> {
    try {
      [this.threads, this.suggestions] = await Promise.all([api.listThreads(this.host.statementId), api.listSuggestions(this.host.statementId)]);
    } catch (e) {
      showError(this.status, e);
      return;
    }
    this.render();
    await this.syncMarks();
    this.host.changed();
  }

  destroy(): void {
    this.refresh.cancel();
    this.stops.forEach((s) => s());
  }

  private setSuggesting(on: boolean): void {
    this.suggesting = on;
    this.suggestButton.setAttribute('aria-pressed', String(on));
    this.suggestButton.textContent = on ? 'Suggesting: on' : 'Suggest changes';
    this.modeNote.hidden = !on;
    this.modeNote.textContent = allows(this.role, 'Edit')
      ? 'Suggest mode: select a passage and type, or press Delete, to suggest a change; the text itself does not change.'
      : 'Your role suggests changes: select a passage and type, or press Delete; your suggestion opens in the margin.';
    this.host.editor.setSuggesting(on ? (passage) => this.startSuggestion(passage) : null);
  }

  private get actions(): CardActions {
    return {
      mayComment: allows(this.role, 'Comment'),
      mayDecide: allows(this.role, 'AcceptSuggestion'),
      names: this.names,
      reveal: (item) => {
        const mark = this.host.editor.reviewMarks().find((m) => m.id === item.id);
        if (mark) {
          this.host.editor.reveal(mark.from, mark.to);
        }
      },
      reply: async (thread, body) => {
        if (body === '') {
          throw new Error('Write a reply first.');
        }
        await api.reply(this.host.statementId, thread.id, body);
        this.keptReplies.delete(thread.id);
        await this.load();
      },
      resolve: async (thread, resolved) => {
        await (resolved ? api.resolveThread(this.host.statementId, thread.id) : api.reopenThread(this.host.statementId, thread.id));
        await this.load();
      },
      decide: async (suggestion, accept) => {
        await (accept ? api.acceptSuggestion(this.host.statementId, suggestion.id) : api.rejectSuggestion(this.host.statementId, suggestion.id));
        await this.load();
      },
    };
  }

  private readonly keptReplies = new Map<string, string>();

  private render(): void {
    // Replies being written survive a redraw caused by someone else's change.
    this.element.querySelectorAll<HTMLTextAreaElement>('textarea[name=reply]').forEach((t) => t.value && this.keptReplies.set(t.id.slice('reply-'.length), t.value));
    const focusedId = (document.activeElement?.closest('.review-card') as HTMLElement | null)?.dataset.id;
    const items = reviewItems(this.threads, this.suggestions, this.showClosed.checked);
    const actions = this.actions;
    const card = (item: ReviewItem) => (item.kind === 'thread' ? threadCard(item, actions, this.keptReplies.get(item.value.id) ?? '') : suggestionCard(item, actions));
    const placed = items.filter((i) => isOpen(i) && i.value.anchor.state === 'ok');
    const detached = items.filter((i) => !placed.includes(i));
    this.cards.replaceChildren(...(this.draft ? [this.draft.card] : []), ...placed.map(card));
    this.other.replaceChildren(
      ...(detached.length === 0 ? [] : [h('h3', {}, 'Not in the text now'), h('p', { class: 'meta' }, 'Resolved, decided, or about passages since deleted.'), ...detached.map(card)]),
    );
    if (!items.some(isOpen) && this.draft === null) {
      this.cards.append(
        h('p', { class: 'margin-empty meta' }, allows(this.role, 'Comment') ? 'No open comments or suggestions. Select a passage to comment on it.' : 'No open comments or suggestions.'),
      );
    }
    const openThreads = this.threads.filter((t) => t.status === 'Open').length;
    const openSuggestions = this.suggestions.filter((s) => s.state === 'Open').length;
    this.counts.textContent = `${openThreads} open comment${openThreads === 1 ? '' : 's'}, ${openSuggestions} open suggestion${openSuggestions === 1 ? '' : 's'}`;
    const targets = bulkTargets(this.suggestions, this.names);
    this.bulkForm.hidden = !allows(this.role, 'AcceptSuggestion') || targets.length === 0;
    const chosen = this.bulk.value;
    this.bulk.replaceChildren(...targets.map((t) => h('option', { value: JSON.stringify(t.filter), selected: JSON.stringify(t.filter) === chosen }, t.label)));
    if (focusedId) {
      this.element.querySelector<HTMLElement>(`[data-id="${focusedId}"] button, [data-id="${focusedId}"] textarea`)?.focus({ preventScroll: true });
    }
    for (const c of this.element.querySelectorAll<HTMLElement>('article.review-card')) {
      c.addEventListener('focusin', () => this.host.editor.setActiveMark(c.dataset.id ?? null));
      c.addEventListener('focusout', () => this.host.editor.setActiveMark(null));
    }
    this.place();
  }

  /**
   * Marks the open passages in the editor. The server's anchors are positions in the text at their version, so
   * they are set only once the editor shows exactly that version; from then on the editor moves them with every
   * edit until the next read.
   */
  private async syncMarks(): Promise<void> {
    const round = ++this.syncing;
    for (let attempt = 0; attempt < SyncAttempts && round === this.syncing; attempt++) {
      const items = reviewItems(this.threads, this.suggestions, false).filter((i) => i.value.anchor.state === 'ok');
      const version = this.host.settledVersion();
      if (anchorsFit(items, version)) {
        const marks: ReviewMark[] = items.map((i) => ({
          id: i.id,
          kind: i.kind === 'thread' ? 'comment' : 'suggestion',
          from: this.host.editor.toEditor(i.value.anchor.start),
          to: this.host.editor.toEditor(i.value.anchor.end),
        }));
        const draft = this.host.editor.reviewMarks().find((m) => m.id === DraftId);
        this.host.editor.setReviewMarks(draft ? [...marks, draft] : marks);
        this.render();
        return;
      }
      if (version !== null && items.some((i) => i.value.anchor.version < version) && attempt % 4 === 3) {
        // The editor is ahead of what the server answered: read again.
        [this.threads, this.suggestions] = await Promise.all([api.listThreads(this.host.statementId), api.listSuggestions(this.host.statementId)]);
        continue;
      }
      await sleep(SyncPollMs);
    }
  }

  /** Places each open note level with its passage (wide screens), without overlapping the one above. */
  private place(): void {
    const cards = [...this.cards.querySelectorAll<HTMLElement>('.review-card')];
    if (!this.wide.matches) {
      this.cards.style.minHeight = '';
      cards.forEach((c) => (c.style.top = ''));
      return;
    }
    const marks = new Map(this.host.editor.reviewMarks().map((m) => [m.id, m]));
    const shift = this.host.editor.view.dom.getBoundingClientRect().top - this.cards.getBoundingClientRect().top;
    const wanted = cards.map((c) => {
      const mark = marks.get(c.dataset.id ?? '');
      return { id: c.dataset.id ?? '', top: Math.max(0, (mark ? this.host.editor.offsetOf(mark.from) : 0) + shift), height: c.offsetHeight };
    });
    const tops = layoutMargin(wanted, CardGap);
    let bottom = 0;
    for (const c of cards) {
      const top = tops.get(c.dataset.id ?? '') ?? 0;
      c.style.top = `${top}px`;
      bottom = Math.max(bottom, top + c.offsetHeight);
    }
    this.cards.style.minHeight = `${bottom}px`;
  }

  private startComment(): void {
    const { from, to } = this.host.editor.selection();
    if (from === to) {
      showError(this.status, 'Select the passage you want to comment on first.');
      this.host.editor.view.focus();
      return;
    }
    this.openDraft('comment', from, to, '');
  }

  private startSuggestion(passage: Passage | null): void {
    if (passage === null) {
      showError(this.status, 'Select the passage you want to change, then type: nothing is selected here.');
      return;
    }
    if (this.draft?.kind === 'suggestion') {
      // Typing on in the editor while a suggestion is open: it goes on in the suggestion's field.
      const field = this.draft.card.querySelector('textarea')!;
      field.focus();
      return;
    }
    this.openDraft('suggestion', passage.from, passage.to, passage.replacement);
  }

  private openDraft(kind: Draft['kind'], from: number, to: number, replacement: string): void {
    this.status.textContent = '';
    this.status.classList.remove('error');
    const quote = this.host.editor.view.state.doc.sliceString(from, to);
    const fieldId = `draft-${kind}`;
    const field = h('textarea', { id: fieldId, name: kind, rows: 3, maxlength: 10000 });
    field.value = replacement;
    const status = h('p', { class: 'status', role: 'status' });
    const save = h('button', { type: 'submit' }, kind === 'comment' ? 'Comment' : 'Suggest');
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const label = kind === 'comment' ? 'Your comment on' : 'Replace';
    const form = h(
      'form',
      { class: 'review-card draft', 'data-id': DraftId, 'aria-label': kind === 'comment' ? 'New comment' : 'New suggestion' },
      h('label', { for: fieldId }, `${label} `, h('q', {}, quote.length > 120 ? `${quote.slice(0, 117)}…` : quote), kind === 'suggestion' ? ' with' : ''),
      field,
      h('div', { class: 'card-actions' }, save, cancel),
      status,
    );
    const close = () => {
      this.draft = null;
      this.host.editor.setReviewMarks(this.host.editor.reviewMarks().filter((m) => m.id !== DraftId));
      this.render();
      this.host.editor.view.focus();
    };
    cancel.addEventListener('click', close);
    form.addEventListener('keydown', (e) => e.key === 'Escape' && close());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.saveDraft(kind, field.value, save, status).then((saved) => saved && close());
    });
    this.draft = { kind, card: form };
    this.host.editor.setReviewMarks([...this.host.editor.reviewMarks().filter((m) => m.id !== DraftId), { id: DraftId, kind: 'draft', from, to }]);
    this.render();
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }

  /** Sends a draft once the editor shows the server's text exactly, so its range is a range of that version. */
  private async saveDraft(kind: Draft['kind'], text: string, save: HTMLButtonElement, status: HTMLElement): Promise<boolean> {
    if (kind === 'comment' && text.trim() === '') {
      showError(status, 'Write your comment first.');
      return false;
    }
    save.disabled = true;
    try {
      let version = this.host.settledVersion();
      for (let i = 0; version === null && i < SyncAttempts; i++) {
        await sleep(SyncPollMs);
        version = this.host.settledVersion();
      }
      const mark = this.host.editor.reviewMarks().find((m) => m.id === DraftId);
      if (version === null || mark === undefined) {
        throw new Error(mark === undefined ? 'The passage was deleted meanwhile.' : 'The connection is not live: try again in a moment.');
      }
      const start = this.host.editor.fromEditor(mark.from);
      const end = this.host.editor.fromEditor(mark.to);
      if (kind === 'comment') {
        await api.createThread(this.host.statementId, start, end, version, text.trim());
      } else {
        await api.createSuggestion(this.host.statementId, start, end, version, text);
      }
      this.refresh();
      return true;
    } catch (e) {
      showError(status, e);
      return false;
    } finally {
      save.disabled = false;
    }
  }

  private async decideAll(accept: boolean, button: HTMLButtonElement): Promise<void> {
    if (this.bulk.value === '') {
      return;
    }
    const filter = JSON.parse(this.bulk.value) as { authorId: string } | { organisationId: string };
    button.disabled = true;
    this.status.classList.remove('error');
    try {
      const report = accept ? await api.acceptAllSuggestions(this.host.statementId, filter) : await api.rejectAllSuggestions(this.host.statementId, filter);
      const skipped = report.skipped.length > 0 ? `; ${report.skipped.length} skipped (edited since)` : '';
      this.status.textContent = accept
        ? `${report.accepted.length} accepted${report.superseded.length > 0 ? `, ${report.superseded.length} superseded` : ''}${skipped}.`
        : `${report.rejected.length} rejected.`;
      await this.load();
    } catch (e) {
      showError(this.status, e);
    } finally {
      button.disabled = false;
    }
  }
}
