import { ChangeSet, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { changesFromOp, opFromChanges } from '../../src/editor/changes';
import { textType } from '../../src/ot';
import { Random } from '../support/random';
import { randomOp, randomText } from '../support/texts';

const doc = (s: string) => Text.of(s.split('\n'));

/** Random CodeMirror changes on `text`, in UTF-16 positions that never split a surrogate pair. */
function randomChanges(random: Random, text: string): ChangeSet {
  const boundaries = [0];
  for (const point of Array.from(text)) {
    boundaries.push(boundaries[boundaries.length - 1] + point.length);
  }
  const specs: Array<{ from: number; to: number; insert: string }> = [];
  let at = 0;
  while (random.chance(0.7)) {
    const candidates = boundaries.filter((b) => b >= at);
    if (candidates.length === 0) {
      break;
    }
    const from = random.pick(candidates);
    const to = random.pick(candidates.filter((b) => b >= from));
    specs.push({ from, to, insert: randomText(random, 2) });
    at = to + 1;
  }
  return ChangeSet.of(specs, text.length, '\n');
}

describe('the editor edge', () => {
  it('turns an edit next to an emoji into an op counted in code points', () => {
    const before = 'We 😀 ask';
    const changes = ChangeSet.of([{ from: 5, to: 9, insert: 'urge' }], before.length, '\n');
    expect(opFromChanges(changes, before)).toEqual([4, 'urge', { d: ' ask' }]);
  });

  it('turns an op after an emoji into editor changes counted in UTF-16 units', () => {
    expect(changesFromOp([2, 'x', { d: 'b' }], '😀ab')).toEqual([
      { from: 3, insert: 'x' },
      { from: 3, to: 4 },
    ]);
  });

  it('gives the same text as CodeMirror for random edits', () => {
    const random = new Random(21);
    for (let round = 0; round < 500; round++) {
      const before = randomText(random, 10);
      const changes = randomChanges(random, before);
      const after = changes.apply(doc(before)).sliceString(0, undefined, '\n');
      expect(textType.apply(before, opFromChanges(changes, before)), `round ${round}`).toBe(after);
    }
  });

  it('gives CodeMirror the same text as the op for random ops', () => {
    const random = new Random(22);
    for (let round = 0; round < 500; round++) {
      const before = randomText(random, 10);
      const op = randomOp(random, before);
      const changes = ChangeSet.of(changesFromOp(op, before), before.length, '\n');
      expect(changes.apply(doc(before)).sliceString(0, undefined, '\n'), `round ${round}`).toBe(textType.apply(before, op));
    }
  });
});
