/** A page draws itself into `main` and returns what to undo when the reader leaves it. */
export type Page = (main: HTMLElement, params: Record<string, string>, query: URLSearchParams) => (() => void) | void;

/** Sets the document title as "<page> · CoDraft". */
export function title(page: string): void {
  document.title = `${page} · CoDraft`;
}
