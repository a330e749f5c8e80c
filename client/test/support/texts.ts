import { codePoints, type OpComponent, type TextOp } from '../../src/ot';
import type { Random } from './random';

/**
 * Pieces of text that catch UTF-16 mistakes: ASCII, CJK, an astral emoji (a surrogate pair), a thumbs-up with a
 * skin-tone modifier (two code points, four UTF-16 units), a combining accent, a newline and a carriage return.
 */
export const Alphabet = ['a', 'b', 'c', ' ', '\n', '中', '文', '😀', '👍🏽', 'e\u0301', '\r\n'] as const;

export function randomText(random: Random, maxPieces: number): string {
  const n = random.int(maxPieces + 1);
  let text = '';
  for (let i = 0; i < n; i++) {
    text += random.pick(Alphabet);
  }
  return text;
}

/** The code points of a text, one string each. */
export function split(text: string): string[] {
  return Array.from(text);
}

/**
 * A random op on `doc`, not necessarily in normal form: retains, inserts and deletes in any order, deletes with
 * their text or (sometimes) only their count.
 */
export function randomOp(random: Random, doc: string, countOnlyDeletes = true): TextOp {
  const points = split(doc);
  const op: OpComponent[] = [];
  let at = 0;
  while (at < points.length && random.chance(0.8)) {
    const n = 1 + random.int(Math.min(4, points.length - at));
    switch (random.int(3)) {
      case 0:
        op.push(n);
        at += n;
        break;
      case 1:
        op.push(randomText(random, 3) || 'x');
        break;
      default: {
        const text = points.slice(at, at + n).join('');
        op.push(countOnlyDeletes && random.chance(0.2) ? { d: codePoints.count(text) } : { d: text });
        at += n;
      }
    }
  }
  if (random.chance(0.3)) {
    op.push(randomText(random, 2) || 'y');
  }
  return op;
}
