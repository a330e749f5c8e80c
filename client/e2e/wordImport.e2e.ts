import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { twoPeople } from './support/twoPeople';

/** Ana administers the convening organisation: she downloads a version as Word and starts a new statement from it. */
const people = twoPeople();

describe('Import from Word on the statements page', () => {
  it('starts a statement from a .docx and opens it', async () => {
    const id = await people.coalition.statement('Position paper', '# Position\n\nWe ask the Commission to **act**.\n');
    await people.coalition.lead.request('POST', `/api/statements/${id}/revisions`, { label: 'Draft 1' });
    const history = await people.open(people.asAna, `/statements/${id}/history`);
    const [download] = await Promise.all([
      history.waitForEvent('download'),
      history.getByRole('link', { name: 'Download version 1 as a Word document' }).click(),
    ]);
    const docx = readFileSync(await download.path());

    const page = await people.open(people.asAna, '/');
    await page.getByLabel('Word document (.docx)').setInputFiles({ name: 'Imported paper.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await page.getByRole('button', { name: 'Import from Word' }).click();

    await page.waitForURL((url) => /\/statements\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(id));
    await expect.poll(() => page.locator('body').innerText()).toContain('We ask the Commission to');
  });

  it('says in a sentence when the file is not a Word document, and stays on the list', async () => {
    const page = await people.open(people.asAna, '/');
    await page.getByLabel('Word document (.docx)').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a document') });
    await page.getByRole('button', { name: 'Import from Word' }).click();

    await expect.poll(() => page.locator('body').innerText()).toContain('This file is not a Word document that can be read.');
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
