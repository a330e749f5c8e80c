/**
 * Suggest mode turns an edit into a suggestion: the passage the edit touches and its wording after the edit.
 * Positions are the editor's (UTF-16) in the text before the edit.
 */

/** A passage [from, to) of the text and the wording proposed for it. */
export interface Passage {
  from: number;
  to: number;
  replacement: string;
}

interface Range {
  from: number;
  to: number;
}

/**
 * The passage an edit suggests changing: the selection if there is one, else the word at the cursor, widened to
 * take in the whole edit; null when that is empty (typing between words with nothing selected). `change` is the
 * span of the text before the edit that it replaced, with the text put there.
 */
export function suggestionPassage(doc: string, selection: Range, change: Range & { inserted: string }, word: Range | null): Passage | null {
  const around = selection.from < selection.to ? selection : (word ?? change);
  const from = Math.min(around.from, change.from);
  const to = Math.max(around.to, change.to);
  if (from >= to) {
    return null;
  }
  return { from, to, replacement: doc.slice(from, change.from) + change.inserted + doc.slice(change.to, to) };
}
