// Every edit is a short tagged token, so the observer can tell from the text alone who sent it and when.
// ⟨ and ⟩ (U+27E8, U+27E9) are in the BMP: a token's length is the same in code points (CoDraft, ShareDB's
// text-unicode) and in UTF-16 units (Yjs).
const TOKEN = /⟨e(\d+)\.(\d+)⟩/g;

/** The token editor `editor` inserts as its `seq`-th edit. */
export function token(editor, seq) {
  return `⟨e${editor}.${seq}⟩`;
}

/** Calls `found(key)` for every token in a piece of inserted text; the key is the token itself. */
export function forEachToken(text, found) {
  for (const match of text.matchAll(TOKEN)) {
    found(match[0]);
  }
}

/** Code points of a string (what CoDraft and text-unicode positions count). */
export function codePoints(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) {
      count++;
    }
  }
  return count;
}

/**
 * How much a text-unicode op (CoDraft's op format is the same) changes a document's length in code points:
 * numbers retain, strings insert, {d} deletes.
 */
export function lengthChange(op) {
  let change = 0;
  for (const component of op) {
    if (typeof component === 'string') {
      change += codePoints(component);
    } else if (typeof component === 'object' && component !== null) {
      change -= typeof component.d === 'string' ? codePoints(component.d) : component.d;
    }
  }
  return change;
}

/** Every inserted string of a text-unicode op. */
export function* insertedTexts(op) {
  for (const component of op) {
    if (typeof component === 'string') {
      yield component;
    }
  }
}

/** The op that inserts `text` at code point `position`: a leading retain of 0 is not a valid component. */
export function insertOp(position, text) {
  return position > 0 ? [position, text] : [text];
}

/** The text every run starts from: a few lines of a statement, so that positions are spread over real text. */
export const SEED_TEXT =
  '# Open letter to the EU\n\n' +
  'We, the undersigned organisations, call on the European Union to protect children online.\n\n' +
  'We ask for clear rules, independent oversight and the resources to enforce them.\n';
