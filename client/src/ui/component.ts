/**
 * A piece of a page (client/ARCHITECTURE.md, "Pages and components"). A function builds it once from what does not
 * change while the page is open (the statement's id, what to call when something happened) and returns it:
 *
 * - `element`: its root, placed by the page, never replaced, so focus, typed text and open details survive;
 * - `update(state)`: shows new state (the server's latest answer) in that element, as often as it comes;
 * - `dispose()`: releases what outlives the element (listeners on window or the editor, timers); the page calls it
 *   when the reader leaves.
 *
 * A read-only piece with no state of its own is simpler still: a function from data to an element (a "view").
 */
export interface Component<State> {
  readonly element: HTMLElement;
  update(state: State): void;
  dispose(): void;
}
