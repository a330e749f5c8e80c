import { count, isWellFormed } from './codePoints';
import { InvalidOpError, OpErrorCode } from './invalidOpError';
import { OpBuilder } from './opBuilder';
import type { Piece } from './piece';
import type { TextOp } from './textOp';

/** Largest count or document length, as on the server (a 32-bit signed integer). */
export const MaxCount = 2 ** 31 - 1;

const componentShape = 'An op component must be a whole number, a string or {"d": "text"} or {"d": n}.';

function malformed(message: string): InvalidOpError {
  return new InvalidOpError(OpErrorCode.malformed, message);
}

function readCount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value > MaxCount || value < -MaxCount - 1) {
    throw malformed(componentShape);
  }
  if (value <= 0) {
    throw malformed(`A component has count ${value}; counts must be positive.`);
  }
  return value;
}

function readText(value: string): string {
  if (!isWellFormed(value)) {
    throw new InvalidOpError(OpErrorCode.invalidText, 'Text contains a lone surrogate.');
  }
  if (value.length === 0) {
    throw malformed('A component has count 0; counts must be positive.');
  }
  return value;
}

function readDelete(value: object): Piece {
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'd') {
    throw malformed(componentShape);
  }
  const d = (value as { d: unknown }).d;
  if (typeof d === 'string') {
    const text = readText(d);
    return { kind: 'delete', count: count(text), text };
  }
  return { kind: 'delete', count: readCount(d), text: null };
}

/**
 * The op's pieces, after checking its structure without a document: every count a positive whole number,
 * every insert non-empty, every text well-formed UTF-16. Anything that is not an op at all fails with
 * `op.malformed`, so a caller always gets one of the stable codes.
 */
export function readOp(op: unknown): Piece[] {
  if (!Array.isArray(op)) {
    throw malformed('An op must be a JSON array.');
  }
  const pieces: Piece[] = [];
  let baseLength = 0;
  for (const c of op as unknown[]) {
    let piece: Piece;
    if (typeof c === 'number') {
      piece = { kind: 'retain', count: readCount(c), text: null };
    } else if (typeof c === 'string') {
      const text = readText(c);
      piece = { kind: 'insert', count: count(text), text };
    } else if (typeof c === 'object' && c !== null && !Array.isArray(c)) {
      piece = readDelete(c);
    } else {
      throw malformed(componentShape);
    }
    if (piece.kind !== 'insert') {
      baseLength += piece.count;
    }
    pieces.push(piece);
  }
  if (baseLength > MaxCount) {
    throw malformed('The op reaches past any document.');
  }
  return pieces;
}

/** Checks the op's structure, without a document; throws {@link InvalidOpError} for a bad op. */
export function check(op: TextOp): void {
  readOp(op);
}

/**
 * The op in normal form: adjacent components of one kind merged, empty ones and a trailing retain dropped,
 * and an insert placed before a delete at the same position. Applies to every document as the op did.
 */
export function normalize(op: TextOp): TextOp {
  const builder = new OpBuilder();
  for (const piece of readOp(op)) {
    builder.append(piece);
  }
  return builder.build();
}

/** The least number of code points a document needs for the op to apply: its retains and deletes. */
export function baseLength(op: TextOp): number {
  return readOp(op).reduce((sum, p) => (p.kind === 'insert' ? sum : sum + p.count), 0);
}

/** True when the op changes no document. */
export function isNoop(op: TextOp): boolean {
  return readOp(op).every((p) => p.kind === 'retain');
}
