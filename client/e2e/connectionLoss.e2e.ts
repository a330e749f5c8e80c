import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { settled } from './support/convergence';
import { twoPeople } from './support/twoPeople';

/** Ana reaches the server through a relay the test can cut; Ben connects directly. */
const people = twoPeople({ relayForAna: true });

describe('a connection lost in the middle of typing', () => {
  it('keeps everything typed before, during and after the cut, once, while a colleague goes on typing', async () => {
    const id = await people.coalition.statement('Late-night letter', 'Intro.\n\nBody.\n');
    const [anaPage, benPage] = await Promise.all([people.openEditor(people.asAna, id), people.openEditor(people.asBen, id)]);
    await anaPage.locator('.cm-content').click();
    await anaPage.keyboard.press('Control+End');
    await benPage.locator('.cm-content').click();
    await benPage.keyboard.press('Control+Home');
    await benPage.keyboard.press('End');

    // Ana types; the network goes while her last keystrokes may still be in flight.
    await anaPage.keyboard.type('Before the cut. ', { delay: 15 });
    people.relay.cut();
    await anaPage.keyboard.type('Typed in the tunnel ✓. ', { delay: 15 });
    await expect.poll(() => anaPage.locator('.connection').getAttribute('data-state'), { timeout: 15_000 }).not.toBe('live');
    await anaPage.keyboard.type('Still offline. ', { delay: 10 });
    // Meanwhile Ben, still connected, edits the same text, so Ana's pending edits must be transformed on return.
    await benPage.keyboard.type(' Ben was here.', { delay: 10 });
    await screenshot(anaPage, 'editor-offline-1280');

    people.relay.restore();
    await anaPage.locator('.connection[data-state="live"]').waitFor({ timeout: 30_000 });
    await anaPage.keyboard.type('After the return.', { delay: 10 });

    const text = await settled(people.coalition.lead, id, [anaPage, benPage]);
    expect(text).toBe('Intro. Ben was here.\n\nBody.\nBefore the cut. Typed in the tunnel ✓. Still offline. After the return.');
  });
});
