import type { CollabEditor } from '../../editor/collabEditor';
import { debounce } from '../../ui/dom';
import { layoutMargin } from './reviewState';

/** The margin beside the editor, from this width; below it, the notes follow the editor. */
const WideLayout = '(min-width: 960px)';
/** Space between two notes in the margin, in pixels. */
const CardGap = 8;

/** Keeps the cards level with their passages; `dispose` stops following the editor's layout and the window's size. */
export interface CardPlacement {
  place(): void;
  dispose(): void;
}

/**
 * Places each open note of `cards` level with its passage on a wide screen, pushed down only as far as the note
 * above needs; on a narrow one they follow the editor in the order of their passages. Placed again whenever the
 * editor's layout or the window's size changes.
 */
export function cardPlacement(editor: CollabEditor, cards: HTMLElement): CardPlacement {
  const wide = window.matchMedia(WideLayout);

  function place(): void {
    const shown = [...cards.querySelectorAll<HTMLElement>('.review-card')];
    if (!wide.matches) {
      cards.style.minHeight = '';
      shown.forEach((c) => (c.style.top = ''));
      return;
    }
    const marks = new Map(editor.reviewMarks().map((m) => [m.id, m]));
    const shift = editor.view.dom.getBoundingClientRect().top - cards.getBoundingClientRect().top;
    const wanted = shown.map((c) => {
      const mark = marks.get(c.dataset.id ?? '');
      return { id: c.dataset.id ?? '', top: Math.max(0, (mark ? editor.offsetOf(mark.from) : 0) + shift), height: c.offsetHeight };
    });
    const tops = layoutMargin(wanted, CardGap);
    let bottom = 0;
    for (const c of shown) {
      const top = tops.get(c.dataset.id ?? '') ?? 0;
      c.style.top = `${top}px`;
      bottom = Math.max(bottom, top + c.offsetHeight);
    }
    cards.style.minHeight = `${bottom}px`;
  }

  const stopLayout = editor.onLayout(debounce(() => place(), 50));
  const onResize = () => place();
  wide.addEventListener('change', onResize);
  window.addEventListener('resize', onResize);
  return {
    place,
    dispose() {
      stopLayout();
      wide.removeEventListener('change', onResize);
      window.removeEventListener('resize', onResize);
    },
  };
}
