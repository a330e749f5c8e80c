import { readOp } from './check';
import { InvalidOpError, OpErrorCode } from './invalidOpError';
import { OpBuilder } from './opBuilder';
import { PieceReader } from './pieceReader';
import type { TextOp } from './textOp';

/**
 * One op with the effect of `first` followed by `second`: `apply(d, compose(a, b)) === apply(apply(d, a), b)`.
 * Throws {@link InvalidOpError} when either op is malformed, or `second` deletes text other than what `first`
 * inserted there.
 */
export function compose(first: TextOp, second: TextOp): TextOp {
  const a = new PieceReader(readOp(first));
  const b = new PieceReader(readOp(second));
  const result = new OpBuilder();
  while (!a.atEnd || !b.atEnd) {
    if (a.kind === 'delete') {
      result.append(a.takeAll());
    } else if (b.kind === 'insert') {
      result.append(b.takeAll());
    } else if (a.atEnd) {
      result.append(b.takeAll());
    } else if (b.atEnd) {
      result.append(a.takeAll());
    } else {
      const n = Math.min(a.remaining, b.remaining);
      const written = a.take(n);
      const edit = b.take(n);
      if (edit.kind === 'retain') {
        result.append(written);
      } else if (written.kind === 'retain') {
        result.append(edit);
      } else if (edit.text !== null && edit.text !== written.text) {
        throw new InvalidOpError(OpErrorCode.deleteMismatch, 'The second op deletes text other than what the first inserted.');
      }
    }
  }
  return result.build();
}

/**
 * The op that undoes `op`: applied to the document `op` produced, it gives back the document `op` was applied
 * to. Needs the text of every delete (see `resolve`), or fails with `op.delete_text_unknown`.
 */
export function invert(op: TextOp): TextOp {
  const result = new OpBuilder();
  for (const piece of readOp(op)) {
    if (piece.kind === 'retain') {
      result.retain(piece.count);
    } else if (piece.kind === 'insert') {
      result.delete(piece.count, piece.text);
    } else if (piece.text === null) {
      throw new InvalidOpError(OpErrorCode.deleteTextUnknown, 'Cannot invert a delete whose text is not known; resolve the op first.');
    } else {
      result.insert(piece.text);
    }
  }
  return result.build();
}
