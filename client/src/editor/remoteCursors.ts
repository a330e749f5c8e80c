import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/** Another participant's selection in the editor's UTF-16 positions, with the label and colour to show. */
export interface RemoteCursor {
  id: string;
  anchor: number;
  head: number;
  label: string;
  colour: string;
}

/** Replaces every remote cursor shown. */
export const setRemoteCursors = StateEffect.define<readonly RemoteCursor[]>();

class CaretWidget extends WidgetType {
  constructor(private readonly cursor: RemoteCursor) {
    super();
  }

  override eq(other: CaretWidget): boolean {
    return other.cursor.label === this.cursor.label && other.cursor.colour === this.cursor.colour;
  }

  toDOM(): HTMLElement {
    const caret = document.createElement('span');
    caret.className = 'cm-remote-caret';
    caret.style.borderColor = this.cursor.colour;
    caret.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'cm-remote-label';
    label.style.backgroundColor = this.cursor.colour;
    label.textContent = this.cursor.label;
    caret.append(label);
    return caret;
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

function decorate(cursors: readonly RemoteCursor[], length: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const cursor of cursors) {
    const head = Math.min(cursor.head, length);
    const anchor = Math.min(cursor.anchor, length);
    if (anchor !== head) {
      const mark = Decoration.mark({
        class: 'cm-remote-selection',
        attributes: { style: `background-color: ${cursor.colour}33`, title: cursor.label },
      });
      ranges.push(mark.range(Math.min(anchor, head), Math.max(anchor, head)));
    }
    ranges.push(Decoration.widget({ widget: new CaretWidget(cursor), side: 1 }).range(head));
  }
  return Decoration.set(ranges, true);
}

/** Shows other participants' cursors and selections, labelled, moved along with every change until replaced. */
export function remoteCursors(): Extension {
  return StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(decorations, tr) {
      let next = decorations.map(tr.changes);
      for (const effect of tr.effects) {
        if (effect.is(setRemoteCursors)) {
          next = decorate(effect.value, tr.newDoc.length);
        }
      }
      return next;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}
