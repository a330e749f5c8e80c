import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { eventually } from './support/convergence';
import { docxPart } from './support/docx';
import { twoPeople } from './support/twoPeople';

/** Ana leads; Ben comments for the partner organisation, and his lawyer works in a word processor. */
const people = twoPeople();

const trackedEdit = fileURLToPath(new URL('./trackedEdit.py', import.meta.url));
/** LibreOffice and its Python bridge edit the file as a lawyer would in Word; scripts/test.sh installs both. */
const office = spawnSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' }).status === 0 && existsSync('/usr/bin/soffice');
if (!office) {
  console.log('Word upload browser test skipped: LibreOffice (soffice) or its Python bridge (python3-uno) is not installed; scripts/test.sh installs both.');
}

/** `docx` edited in LibreOffice with Track Changes on: each [find, replacement] replaced. */
function editWithTrackChanges(docx: Buffer, edits: Array<[string, string]>): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'codraft-tracked-'));
  try {
    writeFileSync(join(work, 'in.docx'), docx);
    const run = spawnSync('/usr/bin/python3', [trackedEdit, join(work, 'in.docx'), join(work, 'out.docx'), ...edits.flat()], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) {
      throw new Error(`LibreOffice could not edit the file: ${run.stderr}`);
    }
    return readFileSync(join(work, 'out.docx'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('Upload a Word file with tracked changes', () => {
  it.skipIf(!office)('turns each tracked change of a downloaded version edited in LibreOffice into a suggestion the lead accepts', async () => {
    const text = '# Letter on child safety\n\nWe call on the Council to act now.\n\nEvery child deserves safety.\n';
    const id = await people.coalition.statement('Letter on child safety', text, 'Commenter');
    await people.coalition.lead.request('POST', `/api/statements/${id}/revisions`, { label: 'Draft for partners' });

    // Ben downloads version 1 from the history page; his lawyer edits it with Track Changes on.
    const history = await people.open(people.asBen, `/statements/${id}/history`);
    const [download] = await Promise.all([
      history.waitForEvent('download'),
      history.getByRole('link', { name: 'Download version 1 as a Word document' }).click(),
    ]);
    const edited = editWithTrackChanges(readFileSync(await download.path()), [['call on', 'urge'], ['safety.', 'safety at home and online.']]);
    expect(docxPart(edited)).toContain('<w:ins ');

    await history.getByLabel('Edited Word document (.docx)').setInputFiles({
      name: 'Letter (lawyer).docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: edited,
    });
    await history.getByRole('button', { name: 'Check the file' }).click();
    await eventually(() => history.locator('.word-upload-preview').innerText()).toContain('2 tracked changes to version 1 will become suggestions');
    expect(await history.locator('.word-upload-preview').innerText()).toContain('with urge');
    await screenshot(history, 'word-upload-preview-1280');
    await history.getByRole('button', { name: 'Make the suggestions' }).click();
    await eventually(() => history.locator('.word-upload-preview').innerText()).toContain('2 suggestions were made.');

    // Ana sees them as the partner's suggestions and accepts them all.
    const editor = await people.openEditor(people.asAna, id);
    await editor.locator('.review-counts').filter({ hasText: '2 open suggestions' }).waitFor();
    await editor.getByLabel('Suggestions of').selectOption({ label: 'Everyone of Enfance Sûre (2 suggestions)' });
    await editor.getByRole('button', { name: 'Accept all' }).click();
    const final = '# Letter on child safety\n\nWe urge the Council to act now.\n\nEvery child deserves safety at home and online.\n';
    await eventually(async () => (await people.coalition.lead.request<{ text: string }>('GET', `/api/statements/${id}`)).text).toBe(final);
  });

  it('says in a sentence when the file is not a Word document', async () => {
    const id = await people.coalition.statement('Another letter', 'Some words.\n', 'Commenter');
    const page = await people.open(people.asBen, `/statements/${id}/history`, 390);
    const plain = readFileSync(fileURLToPath(new URL('../../docs/images/word-redline-libreoffice.png', import.meta.url)));
    await page.getByLabel('Edited Word document (.docx)').setInputFiles({ name: 'picture.docx', mimeType: 'application/octet-stream', buffer: plain });
    await page.getByRole('button', { name: 'Check the file' }).click();

    await eventually(() => page.locator('.word-upload .status').innerText()).toContain('This file is not a Word document that can be read.');
    await screenshot(page, 'word-upload-refused-390');
  });
});
