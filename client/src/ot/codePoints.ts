/**
 * The one place where UTF-16 indexes and Unicode code point positions are converted (as `CodePoints` in C#).
 * Ops, the wire and the session count code points; CodeMirror counts UTF-16 units, so its positions are
 * converted here, at the editor's edge, and nowhere else.
 */

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether a surrogate pair starts at UTF-16 index `i`. */
const pairAt = (s: string, i: number): boolean =>
  isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1));

/** Number of code points in `s`; a surrogate pair counts once. */
export function count(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if (pairAt(s, i)) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * Moves `codePoints` code points forward from UTF-16 index `utf16Start`; returns the UTF-16 index reached,
 * or -1 when `s` ends first.
 */
export function advance(s: string, utf16Start: number, codePoints: number): number {
  let index = utf16Start;
  for (let cp = 0; cp < codePoints; cp++) {
    if (index >= s.length) {
      return -1;
    }
    index += pairAt(s, index) ? 2 : 1;
  }
  return index;
}

/** UTF-16 index of code point position `codePoint` in `s`; throws a RangeError past the end of the text. */
export function toUtf16Index(s: string, codePoint: number): number {
  const index = advance(s, 0, codePoint);
  if (index < 0) {
    throw new RangeError(`Code point position ${codePoint} is past the end of the text.`);
  }
  return index;
}

/** Code point position of UTF-16 index `utf16Index` in `s`. */
export function fromUtf16Index(s: string, utf16Index: number): number {
  return count(s.slice(0, utf16Index));
}

/** True when `s` contains no lone (unpaired) surrogate. */
export function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (isHigh(unit)) {
      if (!pairAt(s, i)) {
        return false;
      }
      i++;
    } else if (isLow(unit)) {
      return false;
    }
  }
  return true;
}
