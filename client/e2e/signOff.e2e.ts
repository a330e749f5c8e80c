import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { eventually } from './support/convergence';
import { unlabelledControls } from './support/labels';
import { twoPeople } from './support/twoPeople';

interface SignOff {
  state: string;
  headSha256: string;
  round: { current: { version: number; sha256: string } } | null;
}

/** Ana leads for the convening organisation; Ben signs for the partner. */
const people = twoPeople();

/** The sign-off page, once it follows the statement live. */
async function openSignOff(context: BrowserContext, id: string, width?: number): Promise<Page> {
  const page = await people.open(context, `/statements/${id}/sign-off`, width);
  await page.locator('.live-note[data-live="true"]').waitFor();
  return page;
}

const standing = (page: Page, organisationId: string) => page.locator(`tr[data-organisation="${organisationId}"] .standing`).textContent();
const state = (page: Page) => page.locator('.state-bar .state-badge').textContent();

async function decide(page: Page, decision: RegExp, comment = ''): Promise<void> {
  await page.getByRole('radio', { name: decision }).check();
  await page.getByLabel('Comment (required when requesting changes)').fill(comment);
  await page.getByRole('button', { name: 'Send decision' }).click();
}

describe('sign-off in the browser', () => {
  it('shows a signatory’s approval to the lead as it is made', async () => {
    const id = await people.coalition.statement('Joint letter on child benefits', '# Joint letter\n\nWe ask the Council to act.\n', 'Signatory');
    const lead = await openSignOff(people.asAna, id);
    await lead.getByRole('button', { name: 'Open sign-off round' }).waitFor();
    expect(await lead.locator('.state-explanation').textContent()).toContain('No sign-off round is open.');
    await screenshot(lead, 'signoff-drafting-1280');
    const narrowLead = await openSignOff(people.asAna, id, 390);
    await narrowLead.getByRole('button', { name: 'Open sign-off round' }).waitFor();
    await screenshot(narrowLead, 'signoff-drafting-390');
    await narrowLead.close();
    // Both organisations are required by default; Ana opens the round from the page.
    expect(await lead.getByRole('checkbox', { name: 'Enfance Sûre' }).isChecked()).toBe(true);
    await lead.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => state(lead)).toContain('In review');

    const signOff = await people.coalition.member.request<SignOff>('GET', `/api/statements/${id}/signoff`);
    const signatory = await openSignOff(people.asBen, id);
    await eventually(() => signatory.getByTestId('candidate-hash').textContent()).toBe(signOff.round!.current.sha256);
    expect(await signatory.getByRole('heading', { name: 'Your decision for Enfance Sûre' }).count()).toBe(1);
    await screenshot(signatory, 'signoff-signatory-1280');
    expect(await unlabelledControls(signatory)).toEqual([]);
    expect(await unlabelledControls(lead)).toEqual([]);
    await decide(signatory, /^Approve/);
    await eventually(() => signatory.locator('.decision-form .status').textContent()).toContain('approve');

    // Ana's page was not reloaded: the broadcast brings Ben's approval.
    await eventually(() => standing(lead, people.coalition.partner.id)).toContain('Approved');
    expect(await standing(lead, people.coalition.convening.id)).toContain('Waiting');
    expect(await lead.getByRole('button', { name: 'Publish…' }).isDisabled()).toBe(true);
    expect(await lead.getByText('Publishing waits for the approval of Child Rights Network.').count()).toBe(1);

    // The lead approves for the convening organisation; the statement becomes Approved for both at once.
    await decide(lead, /^Approve/);
    await eventually(() => state(lead)).toContain('Approved');
    await eventually(() => state(signatory)).toContain('Approved');
    expect(await lead.getByRole('button', { name: 'Publish…' }).isEnabled()).toBe(true);
    await screenshot(lead, 'signoff-approved-1280');
    const narrow = await openSignOff(people.asBen, id, 390);
    await narrow.getByTestId('candidate-hash').waitFor();
    await screenshot(narrow, 'signoff-signatory-390');
  });

  it('runs request changes, fix, re-issue, approve and publish through the pages', async () => {
    const id = await people.coalition.statement('Statement on school meals', '# School meals\n\nWe welcome the proposal.\n', 'Signatory');
    const lead = await openSignOff(people.asAna, id);
    await lead.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => state(lead)).toContain('In review');
    const firstHash = await lead.getByTestId('candidate-hash').textContent();

    // A request for changes needs a comment: the page says so and sends nothing.
    const signatory = await openSignOff(people.asBen, id);
    await signatory.getByTestId('candidate-hash').waitFor();
    await decide(signatory, /^Request changes/);
    await eventually(() => signatory.locator('.decision-form .status').textContent()).toContain('needs a comment');
    await decide(signatory, /^Request changes/, 'Please add a deadline for the Council.');
    await eventually(() => standing(lead, people.coalition.partner.id)).toContain('Changes requested');
    expect(await lead.locator(`tr[data-organisation="${people.coalition.partner.id}"]`).textContent()).toContain('Please add a deadline for the Council.');

    // Ana fixes the text in the editor; both sign-off pages see that the candidate is outdated.
    const editor = await people.open(people.asAna, `/statements/${id}`);
    await editor.locator('.connection[data-state="live"]').waitFor();
    await eventually(() => editor.locator('.toolbar .state-badge').textContent()).toContain('In review');
    await editor.locator('.cm-content').click();
    await editor.keyboard.press('Control+End');
    await editor.keyboard.type('We ask the Council to decide by June.', { delay: 5 });
    await eventually(async () => (await people.coalition.lead.request<{ text: string }>('GET', `/api/statements/${id}`)).text).toContain('by June.');
    await eventually(() => signatory.getByText(/The text has changed since this candidate was issued/).first().isVisible()).toBe(true);
    expect(await signatory.getByRole('button', { name: 'Send decision' }).isVisible()).toBe(false);

    await lead.getByRole('button', { name: 'Re-issue the current version' }).click();
    await eventually(() => signatory.getByTestId('candidate-hash').textContent()).not.toBe(firstHash);
    // Ben sees what changed since the text he decided on, and his old decision marked stale.
    await eventually(() => signatory.locator('.redline ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('June')]));
    expect(await signatory.locator('.decision.stale').count()).toBe(1);
    await screenshot(signatory, 'signoff-changes-since-1280');
    const narrowSignatory = await openSignOff(people.asBen, id, 390);
    await narrowSignatory.locator('.redline ins').first().waitFor();
    await screenshot(narrowSignatory, 'signoff-changes-since-390');
    await narrowSignatory.close();

    await decide(signatory, /^Approve/);
    await eventually(() => standing(lead, people.coalition.partner.id)).toContain('Approved');
    await decide(lead, /^Approve/);
    await eventually(() => state(lead)).toContain('Approved');

    await lead.getByRole('button', { name: 'Publish…' }).click();
    await lead.getByRole('button', { name: 'Yes, publish' }).click();
    await eventually(() => state(lead)).toContain('Published');
    await eventually(() => state(signatory)).toContain('Published');
    await eventually(() => editor.locator('.toolbar .state-badge').textContent()).toContain('Published');
    expect(await editor.locator('.cm-content').getAttribute('aria-readonly')).toBe('true');
    await lead.getByRole('link', { name: 'Certificate of completion (printable)' }).waitFor();
    await eventually(() => lead.locator('.verdict').textContent()).toContain('The audit chain verifies');
    const published = await people.coalition.lead.request<SignOff>('GET', `/api/statements/${id}/signoff`);
    expect(published.state).toBe('Published');
    expect(await lead.locator('[aria-labelledby="publication-heading"]').textContent()).toContain(published.headSha256);
    await lead.locator('.audit-details summary').click();
    await screenshot(lead, 'signoff-published-1280');
    const narrow = await openSignOff(people.asAna, id, 390);
    await narrow.locator('.verdict').waitFor();
    await screenshot(narrow, 'signoff-published-390');

    // From the sign-off page the lead reaches the public page, which anyone can read.
    await lead.getByRole('link', { name: 'Public page and sign-on requests' }).click();
    const publicLink = lead.locator('a[href^="/p/"]').first();
    await publicLink.waitFor();
    const publicPage = await people.asAna.newPage();
    await publicPage.goto(people.server.url + (await publicLink.getAttribute('href')));
    await eventually(() => publicPage.locator('body').textContent()).toContain(published.headSha256);
  });
});
