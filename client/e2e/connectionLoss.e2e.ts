import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coalition, person } from './support/accounts';
import { launch, screenshot } from './support/browser';
import { CuttableProxy } from './support/proxy';
import { settled } from './support/convergence';
import { RunningServer } from './support/server';

const administrator = person('Ada Admin');
const ana = person('Ana Lima');
const ben = person('Ben Carpentier');

let server: RunningServer;
let proxy: CuttableProxy;
let browser: Browser;
let coalition: Coalition;
/** Ana reaches the server through a relay the test can cut; Ben connects directly. */
let asAna: BrowserContext;
let asBen: BrowserContext;

async function signIn(context: BrowserContext, url: string, who: typeof ana): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.whoami', { hasText: who.name }).waitFor();
  await page.close();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([RunningServer.start(administrator), launch()]);
  proxy = await CuttableProxy.start(server.url);
  coalition = await Coalition.create(server, administrator, ana, ben);
  [asAna, asBen] = await Promise.all([browser.newContext(), browser.newContext()]);
  await Promise.all([signIn(asAna, proxy.url, ana), signIn(asBen, server.url, ben)]);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.stop();
  await server?.stop();
});

async function openEditor(context: BrowserContext, base: string, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/statements/${id}`);
  await page.locator('.connection[data-state="live"]').waitFor();
  return page;
}

describe('a connection lost in the middle of typing', () => {
  it('keeps everything typed before, during and after the cut, once, while a colleague goes on typing', async () => {
    const id = await coalition.statement('Late-night letter', 'Intro.\n\nBody.\n');
    const [anaPage, benPage] = await Promise.all([openEditor(asAna, proxy.url, id), openEditor(asBen, server.url, id)]);
    await anaPage.locator('.cm-content').click();
    await anaPage.keyboard.press('Control+End');
    await benPage.locator('.cm-content').click();
    await benPage.keyboard.press('Control+Home');
    await benPage.keyboard.press('End');

    // Ana types; the network goes while her last keystrokes may still be in flight.
    await anaPage.keyboard.type('Before the cut. ', { delay: 15 });
    proxy.cut();
    await anaPage.keyboard.type('Typed in the tunnel ✓. ', { delay: 15 });
    await expect.poll(() => anaPage.locator('.connection').getAttribute('data-state'), { timeout: 15_000 }).not.toBe('live');
    await anaPage.keyboard.type('Still offline. ', { delay: 10 });
    // Meanwhile Ben, still connected, edits the same text, so Ana's pending edits must be transformed on return.
    await benPage.keyboard.type(' Ben was here.', { delay: 10 });
    await screenshot(anaPage, 'editor-offline-1280');

    proxy.restore();
    await anaPage.locator('.connection[data-state="live"]').waitFor({ timeout: 30_000 });
    await anaPage.keyboard.type('After the return.', { delay: 10 });

    const text = await settled(coalition.lead, id, [anaPage, benPage]);
    expect(text).toBe('Intro. Ben was here.\n\nBody.\nBefore the cut. Typed in the tunnel ✓. Still offline. After the return.');
  });
});
