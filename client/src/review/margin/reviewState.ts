import type { SuggestionView, ThreadView } from '../../api';

/** The comments and suggestions of a statement as the margin shows them (docs/comments.md). */

export type ReviewItem = { kind: 'thread'; id: string; value: ThreadView } | { kind: 'suggestion'; id: string; value: SuggestionView };

export const threadItem = (t: ThreadView): ReviewItem => ({ kind: 'thread', id: `t-${t.id}`, value: t });
export const suggestionItem = (s: SuggestionView): ReviewItem => ({ kind: 'suggestion', id: `s-${s.id}`, value: s });

/** Open threads and suggestions still waiting for a lead; the others are history. */
export function isOpen(item: ReviewItem): boolean {
  return item.kind === 'thread' ? item.value.status === 'Open' : item.value.state === 'Open';
}

/** Every item to show, in the order of their passages (orphaned ones where their text was), oldest first at one place. */
export function reviewItems(threads: readonly ThreadView[], suggestions: readonly SuggestionView[], showClosed: boolean): ReviewItem[] {
  return [...threads.map(threadItem), ...suggestions.map(suggestionItem)]
    .filter((item) => showClosed || isOpen(item))
    .sort((a, b) => a.value.anchor.start - b.value.anchor.start || a.value.createdAt.localeCompare(b.value.createdAt));
}

/** Short notes on an item's state that a reader must not miss. */
export function itemNotes(item: ReviewItem): string[] {
  const notes: string[] = [];
  if (item.value.anchor.state === 'orphaned') {
    notes.push('Passage deleted');
  }
  if (item.kind === 'thread') {
    if (item.value.status === 'Resolved') {
      notes.push('Resolved');
    }
  } else {
    const s = item.value;
    if (s.state === 'Open' && s.editedSince && s.anchor.state !== 'orphaned') {
      notes.push('Edited since: cannot be applied');
    }
    if (s.state !== 'Open') {
      notes.push(s.state);
    }
  }
  return notes;
}

/** Where a card wants to be (its passage's offset) and how tall it is. */
export interface Placement {
  id: string;
  top: number;
  height: number;
}

/**
 * Margin positions: each card as close to its passage as it can be without covering the card above it, in the
 * order of the passages. Returns each card's top.
 */
export function layoutMargin(cards: readonly Placement[], gap: number): Map<string, number> {
  const tops = new Map<string, number>();
  let next = 0;
  for (const card of [...cards].sort((a, b) => a.top - b.top)) {
    const top = Math.max(card.top, next);
    tops.set(card.id, top);
    next = top + card.height + gap;
  }
  return tops;
}

/** Whose open suggestions a lead can accept or reject together: by author and by organisation, with counts. */
export interface BulkTarget {
  filter: { authorId: string } | { organisationId: string };
  label: string;
  count: number;
}

export function bulkTargets(suggestions: readonly SuggestionView[], names: ReadonlyMap<string, string>): BulkTarget[] {
  const open = suggestions.filter((s) => s.state === 'Open');
  const count = (key: (s: SuggestionView) => string) => {
    const counts = new Map<string, number>();
    open.forEach((s) => counts.set(key(s), (counts.get(key(s)) ?? 0) + 1));
    return [...counts];
  };
  const plural = (n: number) => `${n} suggestion${n === 1 ? '' : 's'}`;
  return [
    ...count((s) => s.authorId).map(([id, n]): BulkTarget => ({ filter: { authorId: id }, label: `${names.get(id) ?? 'someone'} (${plural(n)})`, count: n })),
    ...count((s) => s.organisationId).map(([id, n]): BulkTarget => ({ filter: { organisationId: id }, label: `Everyone of ${names.get(id) ?? 'an organisation'} (${plural(n)})`, count: n })),
  ];
}

/** Anchors are positions of the text at their version: they fit the editor only when it shows exactly that version. */
export function anchorsFit(items: readonly ReviewItem[], editorVersion: number | null): boolean {
  return editorVersion !== null && items.every((item) => item.value.anchor.version === editorVersion);
}
