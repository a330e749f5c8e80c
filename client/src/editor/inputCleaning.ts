import { ChangeSet, EditorState, Transaction, type ChangeSpec } from '@codemirror/state';

/**
 * Characters XML 1.0 forbids (every C0 control but tab, line feed and carriage return; U+FFFE and U+FFFF; lone
 * surrogates), which the server refuses with `text.invalid_character`. Word and other word processors put a vertical
 * tab (U+000B) for a line break inside a paragraph, and a form feed (U+000C) for a page break.
 */
const Forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line breaks in disguise: a vertical tab or a form feed becomes a line break, as the person saw it. */
const LineBreaks = new Set(['\u000B', '\u000C']);

/** The text with vertical tabs and form feeds as line breaks and every other forbidden character dropped. */
export function cleanText(text: string): string {
  return text.replace(Forbidden, (c) => (LineBreaks.has(c) ? '\n' : ''));
}

/** True when `text` holds a character {@link cleanText} would change. */
export function needsCleaning(text: string): boolean {
  Forbidden.lastIndex = 0;
  const found = Forbidden.test(text);
  Forbidden.lastIndex = 0;
  return found;
}

/**
 * An editor extension that cleans what the person types, pastes or drops before it enters the document (see
 * {@link cleanText}). Transactions that bring others' ops (marked with `fromSession`) pass as they are: that text is
 * already committed.
 */
export function inputCleaning(isRemote: (tr: Transaction) => boolean) {
  return EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged || isRemote(tr)) {
      return tr;
    }
    let dirty = false;
    tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
      dirty ||= needsCleaning(inserted.toString());
    });
    if (!dirty) {
      return tr;
    }
    const specs: ChangeSpec[] = [];
    tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      specs.push({ from: fromA, to: toA, insert: cleanText(inserted.toString()) });
    });
    const changes = ChangeSet.of(specs, tr.startState.doc.length, tr.startState.lineBreak);
    const userEvent = tr.annotation(Transaction.userEvent);
    return {
      changes,
      // The cursor goes after what was inserted, as it would have after the original input.
      selection: tr.startState.selection.map(changes, 1),
      scrollIntoView: tr.scrollIntoView,
      ...(userEvent === undefined ? {} : { userEvent }),
    };
  });
}
