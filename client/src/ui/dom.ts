import { errorSentence } from '../errors/errorSentences';

/** Attributes and event handlers for {@link h}; `on*` keys take listeners, the rest are set as attributes. */
export type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; text children are text nodes, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) {
      continue;
    }
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/**
 * A date and time in the reader's locale and time zone, with the zone's name ("Jul 1, 2027, 9:00 AM GMT+2"): people
 * of one coalition work in several zones, and a deadline read without its zone is a deadline misread.
 */
export function when(iso: string): string {
  return whenWithZone(iso);
}

/** How {@link whenWithZone} writes: the date, the time and the time zone's short name, in the reader's language. */
const ZonedFormat: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * A date and time with its time zone ("Dec 8, 2026, 9:30 PM GMT+1"), for times people act on (until when a link
 * works, when an invitation was sent); `locale` and `timeZone` default to the reader's.
 */
export function whenWithZone(iso: string, locale?: string, timeZone?: string): string {
  return new Date(iso).toLocaleString(locale, { ...ZonedFormat, timeZone });
}

/** Calls `action` once `delayMs` has passed without another call. */
export function debounce(action: () => void, delayMs: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(action, delayMs);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** A message area that screen readers announce when it changes. */
export function statusLine(className = 'status'): HTMLParagraphElement {
  return h('p', { class: className, role: 'status', 'aria-live': 'polite' });
}

/** Shows an error as a plain sentence in a status line, marked as an error (see errors/errorSentences.ts). */
export function showError(line: HTMLElement, error: unknown): void {
  line.classList.add('error');
  line.textContent = errorSentence(error);
}
