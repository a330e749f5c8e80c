import { describe, expect, it } from 'vitest';
import type { AnchorView, SuggestionView, ThreadView } from '../../src/api';
import { anchorsFit, bulkTargets, itemNotes, layoutMargin, reviewItems, suggestionItem, threadItem } from '../../src/review/margin/reviewState';
import { suggestionPassage } from '../../src/editor/suggestMode';

const anchor = (start: number, end: number, extra: Partial<AnchorView> = {}): AnchorView => ({ start, end, quote: 'x', state: 'ok', version: 7, ...extra });

const thread = (id: string, start: number, extra: Partial<ThreadView> = {}): ThreadView => ({
  id,
  statementId: 's',
  anchor: anchor(start, start + 3),
  authorId: 'ben',
  organisationId: 'es',
  body: 'Why?',
  createdAt: `2026-11-28T10:00:0${id.length}Z`,
  status: 'Open',
  statusChangedBy: null,
  statusChangedAt: null,
  replies: [],
  ...extra,
});

const suggestion = (id: string, start: number, extra: Partial<SuggestionView> = {}): SuggestionView => ({
  id,
  statementId: 's',
  anchor: anchor(start, start + 3),
  replacement: 'new',
  authorId: 'ben',
  organisationId: 'es',
  createdAt: '2026-11-28T10:00:00Z',
  baseVersion: 5,
  state: 'Open',
  editedSince: false,
  decidedBy: null,
  decidedAt: null,
  appliedVersion: null,
  ...extra,
});

describe('the margin', () => {
  it('lists open comments and suggestions in the order of their passages, and the closed ones only when asked', () => {
    const threads = [thread('a', 20), thread('b', 2, { status: 'Resolved' })];
    const suggestions = [suggestion('c', 10), suggestion('d', 0, { state: 'Rejected' })];
    expect(reviewItems(threads, suggestions, false).map((i) => i.id)).toEqual(['s-c', 't-a']);
    expect(reviewItems(threads, suggestions, true).map((i) => i.id)).toEqual(['s-d', 't-b', 's-c', 't-a']);
  });

  it('places each note level with its passage, pushing a note down only as far as the one above needs', () => {
    const tops = layoutMargin(
      [
        { id: 'late', top: 300, height: 50 },
        { id: 'first', top: 10, height: 100 },
        { id: 'second', top: 40, height: 60 },
      ],
      8,
    );
    expect(Object.fromEntries(tops)).toEqual({ first: 10, second: 118, late: 300 });
  });

  it('marks deleted passages, suggestions edited since, and decided ones', () => {
    expect(itemNotes(threadItem(thread('a', 0, { anchor: anchor(4, 4, { state: 'orphaned' }) })))).toEqual(['Passage deleted']);
    expect(itemNotes(suggestionItem(suggestion('b', 0, { editedSince: true })))).toEqual(['Edited since: cannot be applied']);
    expect(itemNotes(suggestionItem(suggestion('c', 0, { state: 'Superseded' })))).toEqual(['Superseded']);
    expect(itemNotes(threadItem(thread('d', 0, { status: 'Resolved' })))).toEqual(['Resolved']);
  });

  it('offers a lead the authors and organisations with open suggestions, with how many', () => {
    const names = new Map([
      ['ben', 'Ben'],
      ['cleo', 'Cléo'],
      ['es', 'Enfance Sûre'],
    ]);
    const targets = bulkTargets([suggestion('a', 0), suggestion('b', 5), suggestion('c', 9, { authorId: 'cleo' }), suggestion('d', 12, { state: 'Accepted' })], names);
    expect(targets.map((t) => t.label)).toEqual(['Ben (2 suggestions)', 'Cléo (1 suggestion)', 'Everyone of Enfance Sûre (3 suggestions)']);
    expect(targets[2].filter).toEqual({ organisationId: 'es' });
  });

  it('takes the server’s ranges only when the editor shows exactly the version they are of', () => {
    const items = [threadItem(thread('a', 0))];
    expect(anchorsFit(items, 7)).toBe(true);
    expect(anchorsFit(items, 8)).toBe(false);
    expect(anchorsFit(items, null)).toBe(false);
  });

});

describe('suggest mode', () => {
  const doc = 'We ask the Council.';
  it('turns typing over a selection into a suggestion for the selected passage', () => {
    expect(suggestionPassage(doc, { from: 3, to: 6 }, { from: 3, to: 6, inserted: 'u' }, null)).toEqual({ from: 3, to: 6, replacement: 'u' });
  });

  it('turns typing in a word into a suggestion for the whole word', () => {
    expect(suggestionPassage(doc, { from: 6, to: 6 }, { from: 6, to: 6, inserted: 's' }, { from: 3, to: 6 })).toEqual({ from: 3, to: 6, replacement: 'asks' });
    expect(suggestionPassage(doc, { from: 6, to: 6 }, { from: 5, to: 6, inserted: '' }, { from: 3, to: 6 })).toEqual({ from: 3, to: 6, replacement: 'as' });
  });

  it('turns Delete over a selection into a suggestion to delete it', () => {
    expect(suggestionPassage(doc, { from: 7, to: 11 }, { from: 7, to: 11, inserted: '' }, null)).toEqual({ from: 7, to: 11, replacement: '' });
  });

  it('finds no passage for typing between words with nothing selected', () => {
    expect(suggestionPassage('a  b', { from: 2, to: 2 }, { from: 2, to: 2, inserted: 'x' }, null)).toBeNull();
  });
});
