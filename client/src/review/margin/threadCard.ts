import { h } from '../../ui/dom';
import { act, byline, notes, passage, type CardActions } from './cardParts';
import type { ReviewItem } from './reviewState';

/** A comment thread in the margin: the comment on its passage, its replies, and (for commenters) reply and resolve. */
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
