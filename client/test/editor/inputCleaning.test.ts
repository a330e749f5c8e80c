import { EditorState, Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { cleanText, inputCleaning } from '../../src/editor/inputCleaning';

describe('text pasted or typed into the editor', () => {
  it('turns vertical tabs and form feeds into line breaks', () => {
    expect(cleanText('Dear Commissioners,\u000BWe ask\u000Cyou')).toBe('Dear Commissioners,\nWe ask\nyou');
  });

  it('drops the other control characters XML forbids and keeps tabs, line breaks and every other character', () => {
    expect(cleanText('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(cleanText('tab\there\r\nline 😀 ä')).toBe('tab\there\r\nline 😀 ä');
    expect(cleanText('lone \uD83D surrogate \uDE00')).toBe('lone  surrogate ');
  });

  it('never reaches the document: a paste is cleaned before it is applied, with the cursor after it', () => {
    const state = EditorState.create({
      doc: 'Start. End.',
      selection: { anchor: 7 },
      extensions: [EditorState.lineSeparator.of('\n'), inputCleaning(() => false)],
    });
    const tr = state.update({ changes: { from: 7, insert: 'Line one\u000Bline two\u0001 ' }, userEvent: 'input.paste' });

    expect(tr.newDoc.toString()).toBe('Start. Line one\nline two End.');
    expect(tr.newSelection.main.head).toBe(7 + 'Line one\nline two '.length);
    expect(tr.annotation(Transaction.userEvent)).toBe('input.paste');
  });

  it('leaves text that came from others as it is', () => {
    const state = EditorState.create({ doc: '', extensions: [inputCleaning((tr) => tr.annotation(Transaction.remote) === true)] });
    const tr = state.update({ changes: { from: 0, insert: 'a\u000Bb' }, annotations: Transaction.remote.of(true) });
    expect(tr.newDoc.toString()).toBe('a\u000Bb');
  });
});
