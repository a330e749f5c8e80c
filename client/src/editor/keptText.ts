import type { Component } from '../ui/component';
import { h } from '../ui/dom';

/**
 * The person's unsent typing, set aside when their role stopped allowing it or the session stopped: the whole
 * text as they had it, to copy from, with `note` saying why; hidden until there is something to show.
 */
export function keptText(): Component<{ text: string; note: string }> {
  const text = h('textarea', { class: 'kept-text', readonly: true, rows: 6, 'aria-label': 'Your text as you had it (not saved)' });
  const note = h('p', {});
  const element: HTMLElement = h(
    'section',
    { class: 'kept panel', hidden: true, 'aria-label': 'Changes that were not saved' },
    note,
    text,
    h('button', { type: 'button', onclick: () => (element.hidden = true) }, 'Dismiss'),
  );
  return {
    element,
    update(kept) {
      note.textContent = kept.note;
      text.value = kept.text;
      element.hidden = false;
    },
    dispose() {},
  };
}
