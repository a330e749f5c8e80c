import { h } from './dom';

/** A panel of a page: a section named by its heading (`id` is the heading's, for `aria-labelledby`). */
export function panel(id: string, heading: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, heading), ...children);
}
