/** Moving between the client's pages without reloading: main.ts renders the page for the new path on `popstate`. */

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
