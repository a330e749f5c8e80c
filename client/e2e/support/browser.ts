import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; nothing here downloads a browser. */
export const ChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotDirectory = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

/**
 * Headless Chromium that makes no connection of its own (updates, sync, field trials) on a closed network; `extraArgs`
 * add to its switches (e.g. a certificate to trust).
 */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ChromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Saves a full-page screenshot as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDirectory, { recursive: true });
  await page.screenshot({ path: `${screenshotDirectory}${name}.png`, fullPage: true });
}

/** The text in a page's editor, as CodeMirror holds it (others' cursor labels left out). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.cm-content > .cm-line'))
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm-remote-caret, .cm-widgetBuffer').forEach((e) => e.remove());
        return copy.textContent ?? '';
      })
      .join('\n'),
  );
}
