import type { Page } from 'playwright-core';

/**
 * The visible form controls of a page that have no name a screen reader could announce (no label, no aria-label,
 * no text), described so that a failing test says which.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea'))
      .filter((e) => e.offsetParent !== null && (e as HTMLInputElement).type !== 'hidden')
      .filter((e) => {
        const labels = (e as HTMLInputElement).labels;
        const named = (labels !== null && labels !== undefined && labels.length > 0) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
        return !named && !(e.tagName === 'BUTTON' && e.textContent!.trim() !== '');
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}
