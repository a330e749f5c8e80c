import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, screenshot } from './support/browser';
import { eventually, settled } from './support/convergence';
import { twoPeople } from './support/twoPeople';

/** Ana leads for the convening organisation; Ben takes part for the partner, with the role each statement gives him. */
const people = twoPeople();

/** Pastes `text` into a page's editor as the browser does for Ctrl+V (a paste event carrying the clipboard's text). */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.locator('.cm-content').evaluate((content, pasted) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', pasted);
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
}

/** What the server holds of a statement now. */
async function serverText(id: string): Promise<string> {
  return (await people.coalition.lead.request<{ text: string }>('GET', `/api/statements/${id}`)).text;
}

/** Everything the page says in words, to check that no code or exception text reaches the person. */
function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

const Technical = /HubException|unexpected error occurred|access\.forbidden|[a-z]+\.[a-z_]+:/;

/** What the gate in front of Ben's hub connection does with the edits his page submits. */
type GateMode = 'pass' | 'hold' | 'refuse-without-code';

/**
 * Ben's editor with the hub's traffic from his page going through a gate the test controls: in `hold`, the edits his
 * page submits (his typing) are kept back, as on a slow link, and `dropHeld` throws them away; in
 * `refuse-without-code`, each is answered at once with the error SignalR sends for a server failure, which carries no
 * code. Every other message (joining, presence, pings) goes through. SignalR's JSON protocol ends each message with
 * U+001E.
 */
async function gatedEditor(context: BrowserContext, id: string): Promise<{ page: Page; gate: { mode: GateMode; submits: number; dropHeld(): void } }> {
  const held: Array<() => void> = [];
  const gate = {
    mode: 'pass' as GateMode,
    submits: 0,
    dropHeld: () => void held.splice(0),
  };
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.routeWebSocket(/\/hubs\/draft/, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (typeof message !== 'string') {
        server.send(message);
        return;
      }
      for (const part of message.split('\u001e').filter((p) => p !== '')) {
        const send = () => server.send(part + '\u001e');
        if (!part.includes('"target":"Submit"')) {
          send();
          continue;
        }
        gate.submits++;
        if (gate.mode === 'hold') {
          held.push(send);
        } else if (gate.mode === 'refuse-without-code') {
          const { invocationId } = JSON.parse(part) as { invocationId: string };
          ws.send(JSON.stringify({ type: 3, invocationId, error: "An unexpected error occurred invoking 'Submit' on the server." }) + '\u001e');
        } else {
          send();
        }
      }
    });
    server.onMessage((message) => ws.send(message));
  });
  await page.goto(`${people.server.url}/statements/${id}`);
  await page.locator('.connection[data-state="live"]').waitFor();
  return { page, gate };
}

async function setBensRole(id: string, role: string): Promise<void> {
  const access = await people.coalition.lead.request<{ people: Array<{ personId: string; name: string }> }>('GET', `/api/statements/${id}/access`);
  const ben = access.people.find((p) => p.name === 'Ben Carpentier')!;
  await people.coalition.lead.request('PUT', `/api/statements/${id}/access/people/${ben.personId}`, { role });
}

describe('the web client when things go wrong', () => {
  it('commits a paste of about 1 MiB, and the other person sees it', async () => {
    const start = '# Annex\n\n';
    const id = await people.coalition.statement('Open letter with its annex', start);
    const [ana, ben] = await Promise.all([people.openEditor(people.asAna, id), people.openEditor(people.asBen, id)]);
    const line = (n: number) => `Paragraph ${n} of the annex, with ä, é and 😀 for the organisations that sign.\n`;
    let annex = '';
    for (let n = 1; Buffer.byteLength(start + annex + line(n)) < 1_040_000; n++) {
      annex += line(n);
    }
    annex += 'End of the paste.';
    expect(Buffer.byteLength(start + annex)).toBeGreaterThan(1_000_000);

    await paste(ana, annex);

    // Ben sees the end of the paste once it is committed (only committed ops reach him: about 3 s on the loaded
    // development machine); then the server is read once, as each read of the statement renders its megabyte of
    // Markdown to HTML (tens of seconds there).
    await ben.locator('.cm-content').click();
    await expect
      .poll(
        async () => {
          await ben.keyboard.press('Control+End');
          // The last line, without Ana's cursor label that may sit on it.
          return ben.locator('.cm-line').last().textContent();
        },
        { timeout: 150_000, interval: 500 },
      )
      .toMatch(/^End of the paste\./);
    expect(await serverText(id)).toBe(start + annex);
    expect(await ana.locator('.connection').getAttribute('data-state')).toBe('live');
    expect(await pageWords(ana)).not.toMatch(Technical);
  }, 300_000);

  it('turns pasted vertical tabs and form feeds into line breaks and drops other control characters', async () => {
    const id = await people.coalition.statement('Letter from a word processor', 'Dear Commissioners,\n');
    const [ana, ben] = await Promise.all([people.openEditor(people.asAna, id), people.openEditor(people.asBen, id)]);

    await paste(ben, 'We ask you\u000Bto act\u000Cnow\u0001.');

    const text = await settled(people.coalition.lead, id, [ana, ben]);
    expect(text).toBe('Dear Commissioners,\nWe ask you\nto act\nnow.');
  });

  it('switches the editor at once when a lead changes the role, keeping unsent typing, in sentences', async () => {
    const id = await people.coalition.statement('Letter whose roles change', 'Saved text.');
    const { page: ben, gate } = await gatedEditor(people.asBen, id);
    await ben.locator('.cm-content').click();
    await ben.keyboard.press('Control+End');

    // Ben types while his link holds his typing back; meanwhile a lead makes him a viewer.
    gate.mode = 'hold';
    await ben.keyboard.type(' Unsent words.', { delay: 10 });
    await setBensRole(id, 'Viewer');

    await eventually(() => ben.locator('.notice').textContent()).toBe(
      'A lead changed your role to viewer: you can read the text and follow the changes, but no longer change it.',
    );
    gate.dropHeld();
    gate.mode = 'pass';
    await eventually(() => ben.locator('.kept-text').inputValue()).toBe('Saved text. Unsent words.');
    expect(await ben.locator('.kept p').textContent()).toMatch(/^Your last changes were not saved, because your role on this statement changed/);
    await eventually(() => editorText(ben)).toBe('Saved text.');
    await ben.locator('.cm-content').click();
    await ben.keyboard.type('typed by a viewer');
    expect(await editorText(ben)).toBe('Saved text.');
    expect(await serverText(id)).toBe('Saved text.');
    expect(await pageWords(ben)).not.toMatch(Technical);
    await screenshot(ben, 'role-changed-to-viewer-1280');

    await setBensRole(id, 'Commenter');
    await eventually(() => ben.locator('.notice').textContent()).toMatch(/^A lead changed your role to commenter: .* what you type now becomes a suggestion\.$/);
    expect(await ben.locator('.role-note').textContent()).toMatch(/becomes a suggestion/);

    await setBensRole(id, 'Editor');
    await eventually(() => ben.locator('.notice').textContent()).toBe('A lead changed your role to editor: you can edit the text directly again.');
    await ben.locator('.cm-content').click();
    await ben.keyboard.press('Control+End');
    await ben.keyboard.type(' Back again.', { delay: 10 });
    await eventually(() => serverText(id)).toBe('Saved text. Back again.');
    expect(await pageWords(ben)).not.toMatch(Technical);
  });

  it('stops sending an edit refused without a code, keeps it on screen, and says what to do in a sentence', async () => {
    const id = await people.coalition.statement('Letter refused without a code', 'Saved text.');
    const { page: ben, gate } = await gatedEditor(people.asBen, id);
    await ben.locator('.cm-content').click();
    await ben.keyboard.press('Control+End');
    gate.mode = 'refuse-without-code';

    await ben.keyboard.insertText(' Refused words.');

    await eventually(() => ben.locator('.connection').getAttribute('data-state')).toBe('stopped');
    await eventually(() => ben.locator('.status.error').first().textContent()).toBe(
      'The server could not take your last change. What you typed is still on this page but is not saved: copy your text, then reload the page to go on from the saved version.',
    );
    expect(await editorText(ben)).toBe('Saved text. Refused words.');
    // Nothing is sent again: the one refused submission stays the only one, however long the page stays open.
    const sent = gate.submits;
    await new Promise((r) => setTimeout(r, 3000));
    expect(gate.submits).toBe(sent);
    expect(sent).toBe(1);
    expect(await serverText(id)).toBe('Saved text.');
    expect(await pageWords(ben)).not.toMatch(Technical);
    await screenshot(ben, 'edit-refused-without-code-1280');
  });
});
