import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiSession } from './support/accounts';
import { editorText, screenshot } from './support/browser';
import { eventually } from './support/convergence';
import { unlabelledControls } from './support/labels';
import { twoPeople } from './support/twoPeople';

/** Ana leads for the convening organisation; Ben comments or edits for the partner. */
const people = twoPeople();

/** The editor once its review margin has loaded the statement's comments and suggestions. */
async function openEditor(context: BrowserContext, id: string, width?: number): Promise<Page> {
  const page = await people.openEditor(context, id, width);
  await page.locator('.review-counts').filter({ hasText: 'open comment' }).waitFor();
  return page;
}

/** Selects `length` characters from `column` of line `line` (both from 1), with the keyboard. */
async function select(page: Page, line: number, column: number, length: number): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Home');
  for (let i = 1; i < column; i++) {
    await page.keyboard.press('ArrowRight');
  }
  for (let i = 0; i < length; i++) {
    await page.keyboard.press('Shift+ArrowRight');
  }
}

async function serverText(reader: ApiSession, id: string): Promise<string> {
  return (await reader.request<{ text: string }>('GET', `/api/statements/${id}`)).text;
}

const card = (page: Page, text: string) => page.locator('article.review-card', { hasText: text });

describe('comments and suggestions in the browser', () => {
  it('shows a comment made in one browser beside its passage in the other', async () => {
    const id = await people.coalition.statement('Letter on early childhood', '# Early childhood\n\nWe ask you to act before the summer.\n\nSigned by the network.\n', 'Commenter');
    const [lead, commenter] = await Promise.all([openEditor(people.asAna, id), openEditor(people.asBen, id)]);
    // A commenter's typing never edits: the page says so.
    expect(await commenter.locator('.role-note').textContent()).toContain('becomes a suggestion');

    // With the keyboard alone: select with Shift+arrows, Ctrl+Alt+M, write, Enter on the button.
    await select(commenter, 3, 4, 7);
    await commenter.keyboard.press('Control+Alt+KeyM');
    const field = commenter.getByLabel('Your comment on');
    await eventually(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
    await commenter.keyboard.type('Which institution exactly?');
    await commenter.keyboard.press('Tab');
    await commenter.keyboard.press('Enter');
    await card(commenter, 'Which institution exactly?').waitFor();

    // Ana's page was open all along: the comment arrives beside "ask you", with the passage marked in her editor.
    const note = card(lead, 'Which institution exactly?');
    await note.waitFor();
    expect(await note.locator('.card-quote').textContent()).toBe('ask you');
    expect(await note.textContent()).toContain('Ben Carpentier · Enfance Sûre');
    const passage = lead.locator('.cm-review-comment', { hasText: 'ask you' });
    await passage.waitFor();
    await eventually(async () => Math.abs((await note.boundingBox())!.y - (await passage.boundingBox())!.y)).toBeLessThan(30);

    // Ana replies and the reply reaches Ben; Ana types above the passage and the note stays with it.
    await note.getByLabel('Reply').fill('The Council, as in our last letter.');
    await note.getByRole('button', { name: 'Reply' }).click();
    await eventually(() => card(commenter, 'Which institution').textContent()).toContain('The Council, as in our last letter.');
    await lead.locator('.cm-content').click();
    await lead.keyboard.press('Control+Home');
    await lead.keyboard.press('End');
    await lead.keyboard.press('Enter');
    await lead.keyboard.press('Enter');
    await lead.keyboard.type('A short introduction that pushes the text down a line.', { delay: 5 });
    await eventually(async () => Math.abs((await note.boundingBox())!.y - (await passage.boundingBox())!.y)).toBeLessThan(30);
    await eventually(() => card(commenter, 'Which institution').locator('.card-quote').textContent()).toBe('ask you');
    await screenshot(lead, 'editor-review-1280');
    const narrow = await openEditor(people.asBen, id, 390);
    await card(narrow, 'Which institution').waitFor();
    await screenshot(narrow, 'editor-review-390');

    // Ana deletes the passage: the note leaves its place and says what it was about, for both.
    await select(lead, 5, 4, 7);
    await lead.keyboard.press('Delete');
    for (const page of [lead, commenter]) {
      const detached = page.locator('.margin-other article.review-card', { hasText: 'Which institution' });
      await eventually(() => detached.textContent()).toContain('Passage deleted');
      expect(await detached.locator('.card-quote.orphaned').textContent()).toBe('Deleted since: ask you');
    }
    await screenshot(commenter, 'editor-orphaned-1280');

    // Resolving takes the note out of the margin for both; it stays listed when asked for.
    await card(lead, 'Which institution').getByRole('button', { name: 'Resolve' }).click();
    await eventually(() => card(commenter, 'Which institution').count()).toBe(0);
    await commenter.getByLabel('Show resolved and decided').check();
    await eventually(() => card(commenter, 'Which institution').textContent()).toContain('Resolved');
  });

  it('applies a suggestion the lead accepts to both editors, and keeps one edited since from being applied', async () => {
    const id = await people.coalition.statement('Position on school meals', '# School meals\n\nWe ask the Council to fund free meals.\n', 'Editor');
    const [lead, editor] = await Promise.all([openEditor(people.asAna, id), openEditor(people.asBen, id)]);

    // Ben turns on suggest mode, selects "ask" and types: the text stays, a suggestion opens in the margin.
    await editor.getByRole('button', { name: 'Suggest changes' }).click();
    expect(await editor.getByRole('button', { name: 'Suggesting: on' }).getAttribute('aria-pressed')).toBe('true');
    await select(editor, 3, 4, 3);
    await editor.keyboard.type('u');
    const replacement = editor.getByLabel(/^Replace/);
    await eventually(() => replacement.inputValue()).toBe('u');
    await editor.keyboard.type('rge');
    await editor.getByRole('button', { name: 'Suggest', exact: true }).click();
    await card(editor, 'urge').waitFor();
    expect(await editorText(editor)).toContain('We ask the Council');

    // Two more from Ben: one deleting " free", one on "Council".
    await select(editor, 3, 27, 5);
    await editor.keyboard.press('Delete');
    await editor.getByLabel(/^Replace/).waitFor();
    await editor.getByRole('button', { name: 'Suggest', exact: true }).click();
    await select(editor, 3, 12, 7);
    await editor.keyboard.type('Commission');
    await editor.getByLabel(/^Replace/).fill('Commission');
    await editor.getByRole('button', { name: 'Suggest', exact: true }).click();
    await eventually(() => lead.locator('.review-counts').textContent()).toContain('3 open suggestions');

    // The preview with every open suggestion accepted, then Ana accepts "urge": both editors change.
    await lead.getByLabel('With all open suggestions accepted').check();
    await eventually(() => lead.locator('.preview').textContent()).toContain('We urge the Commission to fund meals.');
    await screenshot(lead, 'editor-suggestions-1280');
    expect(await unlabelledControls(lead)).toEqual([]);
    expect(await unlabelledControls(editor)).toEqual([]);
    await card(lead, 'urge').getByRole('button', { name: 'Accept' }).click();
    const accepted = '# School meals\n\nWe urge the Council to fund free meals.\n';
    await eventually(() => serverText(people.coalition.lead, id)).toBe(accepted);
    await eventually(() => editorText(lead)).toBe(accepted);
    await eventually(() => editorText(editor)).toBe(accepted);

    // Ana edits "Council" herself: Ben's suggestion for it is marked and cannot be accepted.
    await select(lead, 3, 13, 1);
    await lead.keyboard.type('c');
    await eventually(() => card(lead, 'Commission').textContent()).toContain('Edited since');
    expect(await card(lead, 'Commission').getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    await screenshot(lead, 'editor-edited-since-1280');

    // Accept-all for Ben's organisation takes the deletion and skips the one edited since.
    await lead.getByLabel('Suggestions of').selectOption({ label: 'Everyone of Enfance Sûre (2 suggestions)' });
    await lead.getByRole('button', { name: 'Accept all' }).click();
    await eventually(() => lead.locator('.review-toolbar .status').textContent()).toContain('1 accepted; 1 skipped');
    const final = '# School meals\n\nWe urge the council to fund meals.\n';
    await eventually(() => serverText(people.coalition.lead, id)).toBe(final);
    await eventually(() => editorText(editor)).toBe(final);
    await lead.getByRole('button', { name: 'Reject all' }).click();
    await eventually(() => lead.locator('.review-counts').textContent()).toContain('0 open suggestions');
    const narrow = await openEditor(people.asBen, id, 390);
    await narrow.getByLabel('Show resolved and decided').check();
    await card(narrow, 'urge').waitFor();
    await screenshot(narrow, 'editor-suggestions-390');
  });
});
