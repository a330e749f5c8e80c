import type { CollabEditor } from '../../editor/collabEditor';
import type { Component } from '../../ui/component';
import { h } from '../../ui/dom';
import type { CardActions } from './cardParts';
import { isOpen, type ReviewItem } from './reviewState';
import { suggestionCard } from './suggestionCard';
import { threadCard } from './threadCard';

/** The notes to show (in the order of their passages), the draft being written, and what the cards may do. */
export interface NoteListState {
  items: readonly ReviewItem[];
  draft: HTMLElement | null;
  actions: CardActions;
}

/** The margin's notes; `cards` holds the open ones placed beside their passages. */
export interface NoteList extends Component<NoteListState> {
  readonly cards: HTMLElement;
  /** Drops the reply kept for a thread (it was sent), so the next redraw does not put it back. */
  forgetReply(threadId: string): void;
}

/**
 * The cards: the draft first, then the open notes on passages in the text; resolved, decided and orphaned notes
 * apart under "Not in the text now". A redraw keeps replies being written and the focus; a card in focus
 * highlights its passage in the editor.
 */
export function noteList(editor: CollabEditor): NoteList {
  const cards = h('div', { class: 'margin-cards' });
  const other = h('div', { class: 'margin-other' });
  const element = h(
    'aside',
    { class: 'review-margin', 'aria-labelledby': 'margin-heading' },
    h('h2', { id: 'margin-heading', class: 'visually-hidden' }, 'Comments and suggestions'),
    cards,
    other,
  );
  const keptReplies = new Map<string, string>();

  return {
    element,
    cards,
    forgetReply: (threadId) => keptReplies.delete(threadId),
    update({ items, draft, actions }) {
      // Replies being written survive a redraw caused by someone else's change.
      element.querySelectorAll<HTMLTextAreaElement>('textarea[name=reply]').forEach((t) => t.value && keptReplies.set(t.id.slice('reply-'.length), t.value));
      const focusedId = (document.activeElement?.closest('.review-card') as HTMLElement | null)?.dataset.id;
      const card = (item: ReviewItem) => (item.kind === 'thread' ? threadCard(item, actions, keptReplies.get(item.value.id) ?? '') : suggestionCard(item, actions));
      const placed = items.filter((i) => isOpen(i) && i.value.anchor.state === 'ok');
      const detached = items.filter((i) => !placed.includes(i));
      cards.replaceChildren(...(draft ? [draft] : []), ...placed.map(card));
      other.replaceChildren(
        ...(detached.length === 0 ? [] : [h('h3', {}, 'Not in the text now'), h('p', { class: 'meta' }, 'Resolved, decided, or about passages since deleted.'), ...detached.map(card)]),
      );
      if (!items.some(isOpen) && draft === null) {
        cards.append(
          h('p', { class: 'margin-empty meta' }, actions.mayComment ? 'No open comments or suggestions. Select a passage to comment on it.' : 'No open comments or suggestions.'),
        );
      }
      if (focusedId) {
        element.querySelector<HTMLElement>(`[data-id="${focusedId}"] button, [data-id="${focusedId}"] textarea`)?.focus({ preventScroll: true });
      }
      for (const c of element.querySelectorAll<HTMLElement>('article.review-card')) {
        c.addEventListener('focusin', () => editor.setActiveMark(c.dataset.id ?? null));
        c.addEventListener('focusout', () => editor.setActiveMark(null));
      }
    },
    dispose() {},
  };
}
