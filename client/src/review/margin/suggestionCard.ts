import { h, when } from '../../ui/dom';
import { act, byline, notes, passage, shorten, type CardActions } from './cardParts';
import type { ReviewItem } from './reviewState';

/**
 * A suggestion in the margin: the passage struck through with its proposed wording, and for a lead Accept (disabled
 * once the passage was edited since) and Reject.
 */
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
