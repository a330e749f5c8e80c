import { StateEffect, StateField, type EditorState, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** A commented or suggested passage in the editor's UTF-16 positions; `draft` for one being written. */
export interface ReviewMark {
  id: string;
  kind: 'comment' | 'suggestion' | 'draft';
  from: number;
  to: number;
}

/** Replaces every review mark shown. */
export const setReviewMarks = StateEffect.define<readonly ReviewMark[]>();
/** Highlights one mark (the card in focus), or none. */
export const setActiveMark = StateEffect.define<string | null>();

interface Marks {
  decorations: DecorationSet;
  active: string | null;
}

function decorate(marks: readonly ReviewMark[], length: number, active: string | null): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const mark of marks) {
    const from = Math.min(mark.from, length);
    const to = Math.min(mark.to, length);
    const spec = { id: mark.id, kind: mark.kind, class: `cm-review cm-review-${mark.kind}${mark.id === active ? ' cm-review-active' : ''}` };
    // An empty range (an orphaned anchor) has no passage to mark; the margin lists it apart.
    if (from < to) {
      ranges.push(Decoration.mark(spec).range(from, to));
    }
  }
  return Decoration.set(ranges, true);
}

const field = StateField.define<Marks>({
  create: () => ({ decorations: Decoration.none, active: null }),
  update(value, tr) {
    // Moved along with every edit (local or remote), as the server moves anchors, until replaced.
    let active = value.active;
    let decorations = value.decorations.map(tr.changes);
    let redraw = false;
    for (const effect of tr.effects) {
      if (effect.is(setReviewMarks)) {
        decorations = decorate(effect.value, tr.newDoc.length, active);
      } else if (effect.is(setActiveMark)) {
        active = effect.value;
        redraw = true;
      }
    }
    if (redraw) {
      decorations = decorate(readMarks(decorations), tr.newDoc.length, active);
    }
    return { decorations, active };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

function readMarks(decorations: DecorationSet): ReviewMark[] {
  const marks: ReviewMark[] = [];
  decorations.between(0, Number.MAX_SAFE_INTEGER - 1, (from, to, decoration) => {
    const spec = decoration.spec as { id: string; kind: ReviewMark['kind'] };
    marks.push({ id: spec.id, kind: spec.kind, from, to });
  });
  return marks;
}

/** Where each marked passage is now, after every edit since the marks were set. */
export function reviewMarks(state: EditorState): ReviewMark[] {
  return readMarks(state.field(field).decorations);
}

/** Shows commented and suggested passages and keeps them on their text while it is edited. */
export function reviewMarksExtension(): Extension {
  return field;
}
