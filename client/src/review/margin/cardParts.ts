import type { SuggestionView, ThreadView } from '../../api';
import { errorSentence } from '../../errors/errorSentences';
import { h, when } from '../../ui/dom';
import { isOpen, itemNotes, type ReviewItem } from './reviewState';

/** The parts shared by the margin's cards: who wrote it, the passage it is about, its notes, its buttons. */

/** What a card may offer, and what its buttons do. */
export interface CardActions {
  mayComment: boolean;
  mayDecide: boolean;
  names: ReadonlyMap<string, string>;
  reveal(item: ReviewItem): void;
  reply(thread: ThreadView, body: string): Promise<void>;
  resolve(thread: ThreadView, resolved: boolean): Promise<void>;
  decide(suggestion: SuggestionView, accept: boolean): Promise<void>;
}

/** A quote of at most this many characters is shown whole; a longer one is cut in the middle. */
const QuoteShown = 120;

export function shorten(quote: string): string {
  return quote.length <= QuoteShown ? quote : `${quote.slice(0, QuoteShown / 2)} … ${quote.slice(-QuoteShown / 2 + 10)}`;
}

export function byline(names: ReadonlyMap<string, string>, authorId: string, organisationId: string, at: string): HTMLElement {
  return h(
    'p',
    { class: 'card-byline' },
    h('strong', {}, names.get(authorId) ?? 'Someone'),
    ` · ${names.get(organisationId) ?? 'an organisation'}`,
    h('span', { class: 'meta' }, ` · ${when(at)}`),
  );
}

/** Runs an action from a card's button, saying what went wrong in the card's status line. */
export async function act(button: HTMLButtonElement, status: HTMLElement, action: () => Promise<void>): Promise<void> {
  button.disabled = true;
  status.textContent = '';
  status.classList.remove('error');
  try {
    await action();
  } catch (e) {
    status.classList.add('error');
    status.textContent = errorSentence(e);
    button.disabled = false;
  }
}

/**
 * The passage a card is about: a button that selects it in the editor (showing `content`, the quote by default),
 * or, once the passage is deleted, its original quote struck through.
 */
export function passage(item: ReviewItem, actions: CardActions, content: HTMLElement | null = null): HTMLElement {
  const quote = item.value.anchor.quote;
  if (item.value.anchor.state === 'orphaned') {
    return h('p', { class: 'card-quote orphaned' }, 'Deleted since: ', h('q', {}, shorten(quote)));
  }
  if (!isOpen(item)) {
    // Resolved and decided notes are not marked in the text: there is no passage to show.
    return h('p', { class: content ? 'card-quote card-change' : 'card-quote' }, content ?? h('q', {}, shorten(quote)));
  }
  const button = h('button', { type: 'button', class: content ? 'card-quote card-change' : 'card-quote', 'aria-label': `Show the passage in the text: ${quote}` }, content ?? h('q', {}, shorten(quote)));
  button.addEventListener('click', () => actions.reveal(item));
  return button;
}

export function notes(item: ReviewItem): HTMLElement | null {
  const list = itemNotes(item);
  return list.length === 0 ? null : h('p', { class: 'card-notes' }, ...list.map((n) => h('span', { class: `tag tag-${n.split(/[ :]/)[0].toLowerCase()}` }, n)));
}
