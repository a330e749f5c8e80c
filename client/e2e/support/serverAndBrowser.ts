import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Person } from './accounts';
import { launch } from './browser';
import { RunningServer } from './server';

/**
 * The real server and Debian's Chromium of one test file. Both exist only once the file's first hook has run,
 * so tests read them from this object when they run, never at import.
 */
export class ServerAndBrowser {
  server!: RunningServer;
  browser!: Browser;
}

/**
 * Starts the server and the browser before a file's tests, side by side because each takes seconds, and stops both
 * after them. With `administrator`, the server starts with that person created by the admin command; without, it
 * starts empty and prints its setup token. Hooks a file registers afterwards run once both are up.
 */
export function serverAndBrowser(administrator?: Person): ServerAndBrowser {
  const started = new ServerAndBrowser();
  beforeAll(async () => {
    [started.server, started.browser] = await Promise.all([RunningServer.start(administrator), launch()]);
  });
  afterAll(async () => {
    // Either may be missing when the other failed to start; what did start is still stopped.
    await started.browser?.close();
    await started.server?.stop();
  });
  return started;
}
