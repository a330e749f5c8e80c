import { describe, expect, it } from 'vitest';
import { editorText, screenshot } from './support/browser';
import { settled } from './support/convergence';
import { twoPeople } from './support/twoPeople';

/** Ana leads for the convening organisation; Ben edits for the partner. Each browses signed in as themselves. */
const people = twoPeople();

describe('the web client against the real server', () => {
  it('lets two people type into one statement at once and both end with the server text', async () => {
    const id = await people.coalition.statement('Open letter to the EU', '# Dear Commissioners\n\nWe ask you to act.\n');
    const [ana, ben] = await Promise.all([people.openEditor(people.asAna, id), people.openEditor(people.asBen, id)]);
    // Ana at the end of the heading, Ben at the end of the text, typing at the same time.
    await ana.locator('.cm-content').click();
    await ana.keyboard.press('Control+Home');
    await ana.keyboard.press('End');
    await ben.locator('.cm-content').click();
    await ben.keyboard.press('Control+End');
    await Promise.all([
      ana.keyboard.type(' and Members 😀 of Parliament', { delay: 15 }),
      ben.keyboard.type('Signed: 中文 and é. ', { delay: 20 }),
    ]);
    await ana.keyboard.press('ArrowDown');
    await ana.keyboard.press('ArrowDown');
    await ana.keyboard.press('End');
    await ana.keyboard.type(' Now.', { delay: 10 });

    const text = await settled(people.coalition.lead, id, [ana, ben]);
    expect(text).toBe('# Dear Commissioners and Members 😀 of Parliament\n\nWe ask you to act. Now.\nSigned: 中文 and é. ');

    await expect.poll(() => ben.locator('.cm-remote-label').allTextContents()).toContain('Ana Lima · Child Rights Network');
    await expect.poll(() => ana.locator('.participants').textContent()).toContain('Ben Carpentier (Enfance Sûre)');
    await expect.poll(() => ana.locator('.preview').textContent(), { timeout: 10_000 }).toContain('Members 😀 of Parliament');
    await screenshot(ana, 'editor-1280');
    const narrow = await people.openEditor(people.asBen, id, 390);
    await expect.poll(() => narrow.locator('.preview').textContent()).toContain('Now.');
    await screenshot(narrow, 'editor-390');
  });

  it('shows the redline between two versions with insertions and deletions, inline and side by side', async () => {
    const id = await people.coalition.statement('Position paper', '# Position\n\nWe ask the Commission to act.\n\nThis paragraph goes.\n');
    const page = await people.open(people.asBen, `/statements/${id}/history`);
    await page.getByLabel('Name this version').fill('Draft 1 for partners');
    await page.getByRole('button', { name: 'Name version' }).click();
    await page.getByRole('cell', { name: 'Draft 1 for partners' }).waitFor();

    await people.coalition.lead.request('PUT', `/api/statements/${id}/text`, { baseVersion: 1, text: '# Position\n\nWe urge the Commission to act now.\n\nA new closing line.\n' });
    await page.goto(`${people.server.url}/statements/${id}/history?from=1&to=2`);
    const redline = page.locator('.redline');
    await redline.waitFor();
    expect(await redline.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['urge']));
    expect(await redline.locator('del').allTextContents()).toEqual(expect.arrayContaining(['ask']));
    await expect.poll(() => page.locator('.stats').textContent()).toMatch(/words? inserted/);
    await screenshot(page, 'history-inline-1280');

    await page.getByLabel('Side by side').check();
    await page.getByRole('button', { name: 'Show redline' }).click();
    const sides = page.locator('.side-by-side');
    await sides.waitFor();
    expect(await sides.locator('.rl-before del').allTextContents()).toEqual(expect.arrayContaining(['ask']));
    expect(await sides.locator('.rl-after ins').allTextContents()).toEqual(expect.arrayContaining(['urge']));
    await screenshot(page, 'history-side-1280');

    expect(await page.getByRole('cell', { name: 'Ben Carpentier' }).count()).toBeGreaterThan(0);
    const narrow = await people.open(people.asAna, `/statements/${id}/history?from=1&to=2&view=side`, 390);
    await narrow.locator('.side-by-side').waitFor();
    await screenshot(narrow, 'history-side-390');
  });

  it('creates and opens a statement with the keyboard alone', async () => {
    const page = await people.open(people.asAna, '/');
    await page.getByRole('heading', { name: 'Statements' }).waitFor();
    await page.getByLabel('Title').focus();
    await page.keyboard.type('Keyboard letter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Written without a mouse.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.connection[data-state="live"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Keyboard letter');
    expect(await editorText(page)).toBe('Written without a mouse.');

    await page.goto(people.server.url + '/');
    await page.getByRole('link', { name: 'Keyboard letter', exact: true }).waitFor();
    await screenshot(page, 'statements-1280');
    const narrow = await people.open(people.asAna, '/', 390);
    await narrow.getByRole('link', { name: 'Keyboard letter', exact: true }).waitFor();
    await screenshot(narrow, 'statements-390');
  });
});
