import { errorSentence } from '../errors/errorSentences';
import type { SuggestionView, ThreadView } from '../api';
import { h, when } from '../ui/dom';
import { isOpen, itemNotes, type ReviewItem } from './reviewState';

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

function shorten(quote: string): string {
  return quote.length <= QuoteShown ? quote : `${quote.slice(0, QuoteShown / 2)} … ${quote.slice(-QuoteShown / 2 + 10)}`;
}

function byline(names: ReadonlyMap<string, string>, authorId: string, organisationId: string, at: string): HTMLElement {
  return h(
    'p',
    { class: 'card-byline' },
    h('strong', {}, names.get(authorId) ?? 'Someone'),
    ` · ${names.get(organisationId) ?? 'an organisation'}`,
    h('span', { class: 'meta' }, ` · ${when(at)}`),
  );
}

/** Runs an action from a card's button, saying what went wrong in the card's status line. */
async function act(button: HTMLButtonElement, status: HTMLElement, action: () => Promise<void>): Promise<void> {
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
function passage(item: ReviewItem, actions: CardActions, content: HTMLElement | null = null): HTMLElement {
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

function notes(item: ReviewItem): HTMLElement | null {
  const list = itemNotes(item);
  return list.length === 0 ? null : h('p', { class: 'card-notes' }, ...list.map((n) => h('span', { class: `tag tag-${n.split(/[ :]/)[0].toLowerCase()}` }, n)));
}

export function threadCard(item: ReviewItem & { kind: 'thread' }, actions: CardActions, keptReply: string): HTMLElement {
  const t = item.value;
  const status = h('p', { class: 'status', role: 'status' });
  const card = h(
    'article',
    { class: 'review-card thread', 'data-id': item.id, 'data-open': String(t.status === 'Open'), 'aria-label': `Comment by ${actions.names.get(t.authorId) ?? 'someone'}` },
    byline(actions.names, t.authorId, t.organisationId, t.createdAt),
    passage(item, actions),
    notes(item),
    h('p', { class: 'card-body' }, t.body),
  );
  if (t.replies.length > 0) {
    card.append(
      h(
        'ol',
        { class: 'replies', 'aria-label': 'Replies' },
        ...t.replies.map((r) => h('li', {}, byline(actions.names, r.authorId, r.organisationId, r.createdAt), h('p', { class: 'card-body' }, r.body))),
      ),
    );
  }
  if (actions.mayComment) {
    const replyId = `reply-${t.id}`;
    const reply = h('textarea', { id: replyId, name: 'reply', rows: 1, maxlength: 10000, required: true });
    reply.value = keptReply;
    const send = h('button', { type: 'submit', class: 'secondary' }, 'Reply');
    const form = h('form', { class: 'reply-form' }, h('label', { for: replyId, class: 'visually-hidden' }, 'Reply'), reply, send);
    reply.placeholder = 'Reply…';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = reply.value.trim();
      reply.value = '';
      void act(send, status, () => actions.reply(t, body)).then(() => {
        if (status.classList.contains('error')) {
          reply.value = body;
        }
      });
    });
    const resolve = h('button', { type: 'button', class: 'link-button' }, t.status === 'Open' ? 'Resolve' : 'Reopen');
    resolve.addEventListener('click', () => void act(resolve, status, () => actions.resolve(t, t.status === 'Open')));
    card.append(t.status === 'Open' ? form : '', h('div', { class: 'card-actions' }, resolve));
  }
  card.append(status);
  return card;
}

export function suggestionCard(item: ReviewItem & { kind: 'suggestion' }, actions: CardActions): HTMLElement {
  const s = item.value;
  const status = h('p', { class: 'status', role: 'status' });
  const change =
    s.replacement === ''
      ? h('span', {}, 'Delete ', h('del', {}, shorten(s.anchor.quote)))
      : h('span', {}, h('del', {}, shorten(s.anchor.quote)), ' → ', h('ins', {}, s.replacement));
  const card = h(
    'article',
    { class: 'review-card suggestion', 'data-id': item.id, 'data-open': String(s.state === 'Open'), 'aria-label': `Suggestion by ${actions.names.get(s.authorId) ?? 'someone'}` },
    byline(actions.names, s.authorId, s.organisationId, s.createdAt),
    passage(item, actions, change),
    s.anchor.state === 'orphaned' ? h('p', { class: 'card-change' }, change) : null,
    notes(item),
  );
  if (s.state !== 'Open' && s.decidedBy) {
    card.append(h('p', { class: 'meta' }, `${s.state} by ${actions.names.get(s.decidedBy) ?? 'a lead'}${s.decidedAt ? `, ${when(s.decidedAt)}` : ''}`));
  }
  if (actions.mayDecide && s.state === 'Open') {
    const accept = h('button', { type: 'button' }, 'Accept');
    const reject = h('button', { type: 'button', class: 'secondary' }, 'Reject');
    accept.disabled = s.editedSince;
    if (s.editedSince) {
      accept.title = 'The passage was edited since this was suggested: it cannot be applied. Reject it, or ask for a new suggestion.';
    }
    accept.addEventListener('click', () => void act(accept, status, () => actions.decide(s, true)));
    reject.addEventListener('click', () => void act(reject, status, () => actions.decide(s, false)));
    card.append(h('div', { class: 'card-actions' }, accept, reject));
  }
  card.append(status);
  return card;
}
