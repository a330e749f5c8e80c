import { normalize, readOp } from './check';
import { OpBuilder } from './opBuilder';
import { PieceReader } from './pieceReader';
import type { PositionBias, Selection, TextOp, TransformSide } from './textOp';

/**
 * Rewrites `op` to apply after `other`, when both were made on the same document. Text both delete is deleted
 * once; text `other` inserts is kept, also inside a range `op` deletes; when both insert at one position, `side`
 * decides which insert comes first (`left` does). Deletes in the result keep their text.
 */
export function transform(op: TextOp, other: TextOp, side: TransformSide): TextOp {
  // Normal form first, so that the tie-break does not depend on how the caller ordered an insert and a delete.
  const mine = new PieceReader(readOp(normalize(op)));
  const theirs = new PieceReader(readOp(normalize(other)));
  const result = new OpBuilder();
  while (!mine.atEnd) {
    if (mine.kind === 'insert' && (theirs.kind !== 'insert' || side === 'left')) {
      result.append(mine.takeAll());
    } else if (theirs.kind === 'insert') {
      result.retain(theirs.takeAll().count);
    } else {
      const n = Math.min(mine.remaining, theirs.remaining);
      const theirPiece = theirs.take(n);
      const myPiece = mine.take(n);
      if (theirPiece.kind === 'retain') {
        result.append(myPiece);
      }
    }
  }
  return result.build();
}

/**
 * Where code point `position` of a document is after `op`: text inserted before it pushes it right, text deleted
 * before it pulls it left, and a deleted range containing it moves it to the range's start. `bias` decides for
 * text inserted exactly at it.
 */
export function transformPosition(position: number, op: TextOp, bias: PositionBias): number {
  // Normal form, as in transform: a position inside a replaced range must land where transform puts text typed there.
  let result = position;
  let cursor = 0;
  for (const piece of readOp(normalize(op))) {
    if (cursor > position) {
      break;
    }
    if (piece.kind === 'retain') {
      cursor += piece.count;
    } else if (piece.kind === 'insert') {
      if (cursor < position || bias === 'after') {
        result += piece.count;
      }
    } else {
      result -= Math.min(piece.count, position - cursor);
      cursor += piece.count;
    }
  }
  return result;
}

/**
 * The selection after `op`. Text inserted at the edges of a selection stays outside it; a plain cursor stays
 * before text inserted at it, as someone else's cursor should.
 */
export function transformSelection(selection: Selection, op: TextOp): Selection {
  if (selection.anchor === selection.head) {
    const cursor = transformPosition(selection.anchor, op, 'before');
    return { anchor: cursor, head: cursor };
  }
  const forward = selection.anchor < selection.head;
  return {
    anchor: transformPosition(selection.anchor, op, forward ? 'after' : 'before'),
    head: transformPosition(selection.head, op, forward ? 'before' : 'after'),
  };
}
