import { advance } from './codePoints';
import { readOp } from './check';
import { InvalidOpError, OpErrorCode } from './invalidOpError';
import { OpBuilder } from './opBuilder';
import type { Piece } from './piece';
import type { TextOp } from './textOp';

function advanceIn(document: string, index: number, n: number): number {
  const end = advance(document, index, n);
  if (end < 0) {
    throw new InvalidOpError(OpErrorCode.outOfRange, 'The op reaches past the end of the document.');
  }
  return end;
}

function skipDeleted(document: string, index: number, piece: Piece): number {
  const end = advanceIn(document, index, piece.count);
  if (piece.text !== null && document.slice(index, end) !== piece.text) {
    throw new InvalidOpError(OpErrorCode.deleteMismatch, "A delete does not match the document's text.");
  }
  return end;
}

/**
 * The document after `op`. Throws {@link InvalidOpError} when the op is malformed, reaches past the end of the
 * document, or deletes text other than the document's.
 */
export function apply(document: string, op: TextOp): string {
  const parts: string[] = [];
  let index = 0;
  for (const piece of readOp(op)) {
    if (piece.kind === 'retain') {
      const end = advanceIn(document, index, piece.count);
      parts.push(document.slice(index, end));
      index = end;
    } else if (piece.kind === 'insert') {
      parts.push(piece.text as string);
    } else {
      index = skipDeleted(document, index, piece);
    }
  }
  parts.push(document.slice(index));
  return parts.join('');
}

/**
 * Checks `op` against `document` and returns it in normal form with the text of every delete filled in,
 * so that it can be inverted.
 */
export function resolve(document: string, op: TextOp): TextOp {
  const builder = new OpBuilder();
  let index = 0;
  for (const piece of readOp(op)) {
    if (piece.kind === 'retain') {
      index = advanceIn(document, index, piece.count);
      builder.retain(piece.count);
    } else if (piece.kind === 'insert') {
      builder.insert(piece.text as string);
    } else {
      const end = skipDeleted(document, index, piece);
      builder.delete(piece.count, document.slice(index, end));
      index = end;
    }
  }
  return builder.build();
}
