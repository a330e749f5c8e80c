import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxPart } from './support/docx';
import { twoPeople } from './support/twoPeople';

/** Ana leads for the convening organisation; Ben edits for the partner and downloads from the history page. */
const people = twoPeople();

describe('Word export from the history page', () => {
  it('downloads a named version and the redline between two versions as Word documents', async () => {
    const id = await people.coalition.statement('Position paper', '# Position\n\nWe ask the Commission to act.\n');
    await people.coalition.lead.request('POST', `/api/statements/${id}/revisions`, { label: 'Draft 1 for partners' });
    await people.coalition.lead.request('PUT', `/api/statements/${id}/text`, { baseVersion: 1, text: '# Position\n\nWe urge the Commission to act.\n' });
    const page = await people.open(people.asBen, `/statements/${id}/history?from=1&to=2`);
    await page.locator('.redline').waitFor();

    const [redline] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download this redline as a Word document with tracked changes (.docx)' }).click(),
    ]);
    expect(redline.suggestedFilename()).toBe('Position-paper-redline-v1-v2.docx');
    const redlineXml = docxPart(readFileSync(await redline.path()));
    expect(redlineXml).toMatch(/<w:ins [^>]*w:author="Ana Lima \(Child Rights Network\)"[^>]*>.*?urge/);
    expect(redlineXml).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>ask/);

    const [version] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download version 1 as a Word document' }).click(),
    ]);
    expect(version.suggestedFilename()).toBe('Position-paper-v1.docx');
    const versionXml = docxPart(readFileSync(await version.path()));
    expect(versionXml).toMatch(/<w:pStyle w:val="Heading1"\s*\/>/);
    expect(versionXml).toContain('We ask the Commission to act.');
    expect(versionXml).not.toContain('urge');
  });

  it('downloads, on the sign-off page, the changes since the partner approved as a Word redline', async () => {
    const id = await people.coalition.statement('Letter on rivers', '# Rivers\n\nWe welcome the plan.\n', 'Signatory');
    const { lead, member, partner } = people.coalition;
    await lead.request('POST', `/api/statements/${id}/signoff/rounds`, {});
    const issued = await lead.request<{ round: { current: { sha256: string } } }>('GET', `/api/statements/${id}/signoff`);
    await member.request('POST', `/api/statements/${id}/signoff/decisions`, { organisationId: partner.id, decision: 'Approve', sha256: issued.round.current.sha256 });
    await lead.request('PUT', `/api/statements/${id}/text`, { baseVersion: 1, text: '# Rivers\n\nWe welcome the plan and ask for a decision by June.\n' });
    await lead.request('POST', `/api/statements/${id}/signoff/candidates`, {});

    const page = await people.open(people.asBen, `/statements/${id}/sign-off`);
    await page.locator('.redline ins').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download these changes as a Word document with tracked changes (.docx)' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe('Letter-on-rivers-redline-v1-v2.docx');
    const xml = docxPart(readFileSync(await download.path()));
    expect(xml).toMatch(/<w:ins [^>]*>.*?June/);
    expect(xml).toContain('We welcome the plan');
  });
});
