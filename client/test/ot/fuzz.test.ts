import { describe, expect, it } from 'vitest';
import { textType, type TextOp } from '../../src/ot';
import { Random } from '../support/random';
import { randomOp, randomText, split } from '../support/texts';

/** Fixed seeds: a failure names its seed and round, and reruns the same way. */
const Seeds = [1, 2, 3, 0xc0d4af7];
const Rounds = 500;

function fuzz(property: (random: Random, round: number) => void): void {
  for (const seed of Seeds) {
    const random = new Random(seed);
    for (let round = 0; round < Rounds; round++) {
      try {
        property(random, round);
      } catch (e) {
        throw new Error(`seed ${seed}, round ${round}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
}

/** The indexes (in code points) of `doc` that `op` keeps, and where each one is in the result. */
function keptPositions(doc: string, op: TextOp): Array<[before: number, after: number]> {
  const kept: Array<[number, number]> = [];
  let before = 0;
  let after = 0;
  for (const c of textType.normalize(op)) {
    if (typeof c === 'number') {
      for (let i = 0; i < c; i++) {
        kept.push([before++, after++]);
      }
    } else if (typeof c === 'string') {
      after += split(c).length;
    } else {
      before += typeof c.d === 'number' ? c.d : split(c.d).length;
    }
  }
  for (; before < split(doc).length; ) {
    kept.push([before++, after++]);
  }
  return kept;
}

describe('the text type under random ops', () => {
  it('converges whichever order two concurrent ops arrive in', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const a = randomOp(random, doc);
      const b = randomOp(random, doc);
      const aThenB = textType.apply(textType.apply(doc, a), textType.transform(b, a, 'right'));
      const bThenA = textType.apply(textType.apply(doc, b), textType.transform(a, b, 'left'));
      expect(aThenB).toBe(bThenA);
    });
  });

  it('composes two ops into one with the effect of both in turn', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const a = randomOp(random, doc);
      const middle = textType.apply(doc, a);
      const b = randomOp(random, middle);
      expect(textType.apply(doc, textType.compose(a, b))).toBe(textType.apply(middle, b));
    });
  });

  it('composes a pending buffer as a client does, one op at a time', () => {
    fuzz((random) => {
      let doc = randomText(random, 8);
      const start = doc;
      let pending: TextOp = [];
      for (let i = 0; i < 4; i++) {
        const op = randomOp(random, doc, false);
        pending = textType.compose(pending, op);
        doc = textType.apply(doc, op);
      }
      expect(textType.apply(start, pending)).toBe(doc);
    });
  });

  it('undoes a resolved op with its inverse', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const op = textType.resolve(doc, randomOp(random, doc));
      expect(textType.apply(textType.apply(doc, op), textType.invert(op))).toBe(doc);
    });
  });

  it('keeps an op normal form idempotent and with the same effect', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const op = randomOp(random, doc);
      const normal = textType.normalize(op);
      expect(textType.normalize(normal)).toEqual(normal);
      expect(textType.apply(doc, normal)).toBe(textType.apply(doc, op));
    });
  });

  it('moves a position to the same character when that character is kept', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const op = randomOp(random, doc);
      const result = split(textType.apply(doc, op));
      const points = split(doc);
      for (const [before, after] of keptPositions(doc, op)) {
        expect(textType.transformPosition(before, op, 'after')).toBe(after);
        expect(result[after]).toBe(points[before]);
      }
    });
  });

  it('keeps a selection ordered and inside the new document', () => {
    fuzz((random) => {
      const doc = randomText(random, 12);
      const op = randomOp(random, doc);
      const length = split(doc).length;
      const anchor = random.int(length + 1);
      const head = random.int(length + 1);
      const moved = textType.transformSelection({ anchor, head }, op);
      const newLength = split(textType.apply(doc, op)).length;
      expect(Math.sign(moved.head - moved.anchor) * Math.sign(head - anchor)).toBeGreaterThanOrEqual(0);
      expect(Math.max(moved.anchor, moved.head)).toBeLessThanOrEqual(newLength);
    });
  });
});
