import { api, type StatementRole } from '../../api';
import { allows } from '../../account/permissions';
import type { Component } from '../../ui/component';
import { debounce, h, showError, statusLine } from '../../ui/dom';
import { marginAnchors } from './anchoring';
import { bulkDecisions } from './bulkDecisions';
import type { CardActions } from './cardParts';
import { composer } from './composer';
import type { MarginHost, Notes } from './marginHost';
import { noteList } from './noteList';
import { cardPlacement } from './placement';
import { reviewItems } from './reviewState';
import { suggestToggle } from './suggestToggle';

/** Who reads the margin (the role decides the controls), the names of those taking part, and whether the text can change. */
export interface MarginState {
  role: StatementRole | null;
  names: ReadonlyMap<string, string>;
  textOpen: boolean;
}

/** The margin (its element) and its toolbar, which the editor page places above the editor. */
export interface ReviewMargin extends Component<MarginState> {
  readonly toolbar: HTMLElement;
  /** Reads the notes again soon (several calls in a row read once). */
  readonly refresh: { (): void; cancel(): void };
  /** Reads the notes now, draws them and marks their passages. */
  load(): Promise<void>;
}

const plural = (n: number, what: string) => `${n} open ${what}${n === 1 ? '' : 's'}`;

/**
 * Comments and suggestions beside their passages: a toolbar (comment on the selection, suggest mode, show
 * resolved, a lead's accept-all / reject-all), and the notes, each placed level with its passage on a wide screen
 * and listed below the editor, quote first, on a narrow one. Its parts are in this folder; this puts them together
 * around the notes last read.
 */
export function reviewMargin(host: MarginHost): ReviewMargin {
  const notes: Notes = { threads: [], suggestions: [] };
  let role: StatementRole | null = null;
  let names: ReadonlyMap<string, string> = new Map();
  const status = statusLine();
  const counts = h('span', { class: 'meta review-counts' });
  const showClosed = h('input', { type: 'checkbox', id: 'show-closed' });
  const read = async (): Promise<Notes> => {
    const [threads, suggestions] = await Promise.all([api.listThreads(host.statementId), api.listSuggestions(host.statementId)]);
    return { threads, suggestions };
  };

  const list = noteList(host.editor);
  const placement = cardPlacement(host.editor, list.cards);
  const compose = composer(host, status, () => render(), () => refresh());
  const toggle = suggestToggle(host.editor, (passage) => compose.suggest(passage));
  const bulk = bulkDecisions(host.statementId, status, () => load());
  const markPassages = marginAnchors(host, notes, read, () => render());
  const parts = [list, compose, toggle, bulk, placement];
  const toolbar = h(
    'div',
    { class: 'review-toolbar', role: 'toolbar', 'aria-label': 'Review' },
    compose.element,
    toggle.element,
    h('label', { class: 'choice' }, showClosed, 'Show resolved and decided'),
    counts,
    bulk.element,
    toggle.note,
    status,
  );
  showClosed.addEventListener('change', () => render());

  const actions = (): CardActions => ({
    mayComment: allows(role, 'Comment'),
    mayDecide: allows(role, 'AcceptSuggestion'),
    names,
    reveal: (item) => {
      const mark = host.editor.reviewMarks().find((m) => m.id === item.id);
      if (mark) {
        host.editor.reveal(mark.from, mark.to);
      }
    },
    reply: async (thread, body) => {
      if (body === '') {
        throw new Error('Write a reply first.');
      }
      await api.reply(host.statementId, thread.id, body);
      list.forgetReply(thread.id);
      await load();
    },
    resolve: async (thread, resolved) => {
      await (resolved ? api.resolveThread(host.statementId, thread.id) : api.reopenThread(host.statementId, thread.id));
      await load();
    },
    decide: async (suggestion, accept) => {
      await (accept ? api.acceptSuggestion(host.statementId, suggestion.id) : api.rejectSuggestion(host.statementId, suggestion.id));
      await load();
    },
  });

  function render(): void {
    list.update({ items: reviewItems(notes.threads, notes.suggestions, showClosed.checked), draft: compose.card(), actions: actions() });
    const openThreads = notes.threads.filter((t) => t.status === 'Open').length;
    const openSuggestions = notes.suggestions.filter((s) => s.state === 'Open').length;
    counts.textContent = `${plural(openThreads, 'comment')}, ${plural(openSuggestions, 'suggestion')}`;
    bulk.update({ suggestions: notes.suggestions, names, mayDecide: allows(role, 'AcceptSuggestion') });
    placement.place();
  }

  async function load(): Promise<void> {
    try {
      Object.assign(notes, await read());
    } catch (e) {
      showError(status, e);
      return;
    }
    render();
    await markPassages();
    host.changed();
  }
  const refresh = debounce(() => void load(), 150);

  const update = (state: MarginState) => {
    const redraw = state.role !== role || state.names !== names;
    role = state.role;
    names = state.names;
    compose.update(role);
    toggle.update(state);
    if (redraw) {
      render();
    }
  };
  update({ role: null, names: new Map(), textOpen: true });

  return {
    element: list.element,
    toolbar,
    refresh,
    load,
    update,
    dispose() {
      refresh.cancel();
      parts.forEach((p) => p.dispose());
    },
  };
}
