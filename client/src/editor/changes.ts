import type { ChangeSet, ChangeSpec } from '@codemirror/state';
import { codePoints, type OpComponent, type TextOp } from '../ot';

/**
 * The editor's edge: CodeMirror counts UTF-16 units, ops count code points. These two functions are the only
 * places where editor positions and op positions meet, and they convert with the one helper, `codePoints`.
 */

/** The op for a CodeMirror change set made on `before`, with the deleted text in every delete. */
export function opFromChanges(changes: ChangeSet, before: string): TextOp {
  const op: OpComponent[] = [];
  let utf16 = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    const kept = codePoints.count(before.slice(utf16, fromA));
    if (kept > 0) {
      op.push(kept);
    }
    const text = inserted.toString();
    if (text.length > 0) {
      op.push(text);
    }
    if (toA > fromA) {
      op.push({ d: before.slice(fromA, toA) });
    }
    utf16 = toA;
  });
  return op;
}

/** The CodeMirror changes for an op applied to `doc`, all positions in `doc`'s UTF-16 units. */
export function changesFromOp(op: TextOp, doc: string): ChangeSpec[] {
  const changes: ChangeSpec[] = [];
  let utf16 = 0;
  for (const c of op) {
    if (typeof c === 'number') {
      utf16 = codePoints.advance(doc, utf16, c);
    } else if (typeof c === 'string') {
      changes.push({ from: utf16, insert: c });
    } else {
      const end = codePoints.advance(doc, utf16, typeof c.d === 'number' ? c.d : codePoints.count(c.d));
      changes.push({ from: utf16, to: end });
      utf16 = end;
    }
    if (utf16 < 0) {
      throw new RangeError('The op reaches past the end of the editor text.');
    }
  }
  return changes;
}

/** A code point position of `doc` as a UTF-16 position, clamped to the text. */
export function toEditorPosition(doc: string, position: number): number {
  const utf16 = codePoints.advance(doc, 0, position);
  return utf16 < 0 ? doc.length : utf16;
}

/** A UTF-16 position of `doc` as a code point position. */
export function fromEditorPosition(doc: string, utf16: number): number {
  return codePoints.fromUtf16Index(doc, utf16);
}
