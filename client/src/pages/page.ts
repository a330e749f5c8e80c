/** A page draws itself into `main` and returns what to undo when the reader leaves it. */
export type Page = (main: HTMLElement, params: Record<string, string>, query: URLSearchParams) => (() => void) | void;

/** Goes to another page of the client without reloading. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Goes to another page in place of this one, so that Back skips it (a page that needed a signed-in person). */
export function redirect(path: string): void {
  history.replaceState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Sets the document title as "<page> · CoDraft". */
export function title(page: string): void {
  document.title = `${page} · CoDraft`;
}
