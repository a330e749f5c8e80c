import { describe, expect, it } from 'vitest';
import { InvalidOpError, OpErrorCode, codePoints, textType, type TextOp } from '../../src/ot';

const letter = 'Wir fordern 😀 die EU';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (e) {
    return e instanceof InvalidOpError ? e.code : 'not an InvalidOpError';
  }
  return undefined;
}

describe('the examples of docs/protocol.md', () => {
  it('inserts after the fourth code point', () => {
    expect(textType.apply(letter, [4, 'alle '])).toBe('Wir alle fordern 😀 die EU');
  });

  it('replaces an emoji, inserts first in normal form', () => {
    const op: TextOp = [12, { d: '😀' }, '🎉'];
    expect(textType.apply(letter, op)).toBe('Wir fordern 🎉 die EU');
    expect(textType.normalize(op)).toEqual([12, '🎉', { d: '😀' }]);
  });

  it('fills in the text of a count-only delete when resolving', () => {
    expect(textType.resolve(letter, [4, { d: 7 }, 'rufen'])).toEqual([4, 'rufen', { d: 'fordern' }]);
  });

  it('refuses an op that reaches past the end', () => {
    expect(codeOf(() => textType.apply(letter, [21, '!']))).toBe(OpErrorCode.outOfRange);
  });

  it('puts the left insert first when both insert at one position', () => {
    const a: TextOp = [1, 'X'];
    const b: TextOp = [1, 'Y'];
    expect(textType.transform(a, b, 'left')).toEqual([1, 'X']);
    expect(textType.transform(b, a, 'right')).toEqual([2, 'Y']);
    expect(textType.apply(textType.apply('abc', a), textType.transform(b, a, 'right'))).toBe('aXYbc');
  });
});

describe('bad ops', () => {
  it.each([
    ['not an array', { d: 1 }, OpErrorCode.malformed],
    ['a fraction', [1.5], OpErrorCode.malformed],
    ['a zero retain', [0, 'x'], OpErrorCode.malformed],
    ['an empty insert', [''], OpErrorCode.malformed],
    ['a boolean', [true], OpErrorCode.malformed],
    ['an unknown key in a delete', [{ d: 'a', x: 1 }], OpErrorCode.malformed],
    ['a lone surrogate', ['\uD83D'], OpErrorCode.invalidText],
    ['a lone surrogate in a delete', [{ d: '\uDE00' }], OpErrorCode.invalidText],
  ])('refuses %s with a stable code and changes nothing', (_, op, code) => {
    expect(codeOf(() => textType.apply('abc', op as unknown as TextOp))).toBe(code);
  });

  it('refuses a delete that does not match the document', () => {
    expect(codeOf(() => textType.apply('hello', [{ d: 'help' }]))).toBe(OpErrorCode.deleteMismatch);
  });

  it('cannot invert a delete whose text is unknown', () => {
    expect(codeOf(() => textType.invert([{ d: 2 }]))).toBe(OpErrorCode.deleteTextUnknown);
  });
});

describe('the code point helper', () => {
  it('counts a surrogate pair once and a skin-tone modifier as its own code point', () => {
    expect(codePoints.count('a😀')).toBe(2);
    expect(codePoints.count('👍🏽')).toBe(2);
    expect(codePoints.count('e\u0301')).toBe(2);
  });

  it('converts UTF-16 indexes to code points and back around an emoji', () => {
    const text = 'a😀b';
    expect(codePoints.toUtf16Index(text, 2)).toBe(3);
    expect(codePoints.fromUtf16Index(text, 3)).toBe(2);
    expect(() => codePoints.toUtf16Index(text, 4)).toThrow(RangeError);
  });
});

describe('selections', () => {
  it('keeps text typed at the edges of a selection outside it', () => {
    expect(textType.transformSelection({ anchor: 2, head: 4 }, [2, 'x', 2, 'y'])).toEqual({ anchor: 3, head: 5 });
  });

  it("leaves someone else's cursor before text typed at it", () => {
    expect(textType.transformSelection({ anchor: 2, head: 2 }, [2, 'xy'])).toEqual({ anchor: 2, head: 2 });
  });
});
