import type { Page } from 'playwright-core';
import type { ApiSession } from './accounts';
import { expect } from 'vitest';
import { editorText } from './browser';

/** Pages change after a broadcast and a read of the server; on a busy machine that can take a few seconds. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/**
 * Waits until every page's editor shows the same text as the server holds for the statement, and returns it;
 * fails naming what each showed when they do not converge within `attempts` × 200 ms.
 */
export async function settled(reader: ApiSession, id: string, pages: Page[], attempts = 150): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { text } = await reader.request<{ text: string }>('GET', `/api/statements/${id}`);
    const shown = await Promise.all(pages.map(editorText));
    if (shown.every((s) => s === text)) {
      return text;
    }
    last = `server ${JSON.stringify(text)}, pages ${JSON.stringify(shown)}`;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The pages did not converge: ${last}`);
}
