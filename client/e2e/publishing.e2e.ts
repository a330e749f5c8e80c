import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Coalition, person, signInThroughPage } from './support/accounts';
import { screenshot, screenshotDirectory } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';

const administrator = person('Ada Admin');
const lena = person('Lena Lead');
const sami = person('Sami Signatory');

const site = serverAndBrowser(administrator);
let coalition: Coalition;
let statementId: string;
let slug: string;

const text = '# Open letter on child safety online\n\nWe, the undersigned organisations, call on the **European Union** to act.\n\n- Protect children.\n- Fund helplines.';

interface SignOff { round: { current: { sha256: string } } }

// A statement approved by both organisations and published, through the real API.
beforeAll(async () => {
  coalition = await Coalition.create(site.server, administrator, lena, sami);
  statementId = await coalition.statement('Open letter on child safety online', text, 'Signatory');
  await coalition.lead.request('POST', `/api/statements/${statementId}/signoff/rounds`, {});
  for (const session of [coalition.lead, coalition.member]) {
    const signOff = await session.request<SignOff>('GET', `/api/statements/${statementId}/signoff`);
    await session.request('POST', `/api/statements/${statementId}/signoff/decisions`, { decision: 'Approve', sha256: signOff.round.current.sha256 });
  }
  await coalition.lead.request('POST', `/api/statements/${statementId}/publish`, {});
  slug = (await coalition.lead.request<{ slug: string }>('GET', `/api/statements/${statementId}/public-page`)).slug;
});

/** A signed-out visitor's page, collecting what the site.browser reports as errors (a CSP violation among them). */
async function visit(width: number, path: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.server.url + path);
  return { page, context, errors };
}

describe('the public page of a published statement', () => {
  it('shows the text, date, hash and original signatories to a signed-out visitor, on a desktop and a phone', async () => {
    const { page, context, errors } = await visit(1280, `/p/${slug}`);

    await page.getByRole('heading', { level: 1, name: 'Open letter on child safety online' }).first().waitFor();
    expect(await page.locator('.text strong').textContent()).toBe('European Union');
    expect(await page.locator('#sha256').textContent()).toMatch(/^[0-9a-f]{64}$/);
    const rows = await page.locator('table.signatories tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Child Rights Network');
    expect(rows[0]).toContain('BE');
    expect(rows[0]).toContain('Network');
    expect(rows[1]).toContain('Enfance Sûre');
    expect(rows[1]).toContain('FR');
    expect(rows[1]).toContain('NGO');
    expect(await page.locator('.meta time').first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await page.locator('script').count()).toBe(0);
    await screenshot(page, 'public-page-1280');

    const phone = await visit(390, `/p/${slug}`);
    await phone.page.locator('table.signatories').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'public-page-390');

    // Printing leaves out the navigation and the form; the PDF is what "Save as PDF" gives.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#sign-on').isVisible()).toBe(false);
    expect(await page.locator('nav.site').isVisible()).toBe(false);
    expect(await page.locator('table.signatories').isVisible()).toBe(true);
    await page.pdf({ path: `${screenshotDirectory}public-page.pdf`, format: 'A4' });

    expect(errors).toEqual([]);
    expect(phone.errors).toEqual([]);
    await context.close();
    await phone.context.close();
  });

  it('lists the statement at /p and in the feed', async () => {
    const { page, context } = await visit(1280, '/p');
    await page.getByRole('link', { name: 'Open letter on child safety online' }).click();
    await page.waitForURL(`${site.server.url}/p/${slug}`);
    const feed = await (await fetch(`${site.server.url}/p/feed.atom`)).text();
    expect(feed).toContain(`/p/${slug}`);
    await context.close();
  });
});

describe('the sign-on form', () => {
  it('names each invalid field, keeps what was typed, then accepts the corrected form; a lead approves and the organisation appears', async () => {
    const { page, context, errors } = await visit(1280, `/p/${slug}`);

    await page.getByLabel('Organisation name').fill('Kinderschutz <Nord> e.V.');
    await page.getByLabel('Country', { exact: true }).fill('Germany');
    await page.getByLabel('Email', { exact: true }).fill('not an email');
    await page.getByRole('button', { name: 'Ask to sign on' }).click();

    await page.locator('#sign-on-problem').waitFor();
    expect(await page.locator('#e-country').textContent()).toContain('two-letter code');
    expect(await page.locator('#e-type').textContent()).toContain('Choose the type');
    expect(await page.locator('#e-contactPerson').textContent()).toContain('contact person');
    expect(await page.locator('#e-email').textContent()).toContain('name@example.org');
    expect(await page.locator('#e-consent').textContent()).toContain('Tick the box');
    expect(await page.locator('#e-organisation').count()).toBe(0);
    expect(await page.getByLabel('Organisation name').inputValue()).toBe('Kinderschutz <Nord> e.V.');
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'sign-on-errors-1280');

    await page.getByLabel('Country', { exact: true }).fill('DE');
    await page.getByLabel('Type of organisation').selectOption('Ngo');
    await page.getByLabel('Contact person').fill('Klara Kontakt');
    await page.getByLabel('Email', { exact: true }).fill('klara@kinderschutz-nord.example');
    await page.getByLabel(/We agree/).check();
    await page.getByRole('button', { name: 'Ask to sign on' }).click();
    await page.locator('#sign-on-thanks').waitFor();
    expect(await page.locator('table.signatories').textContent()).not.toContain('Kinderschutz');

    // A second request for the same organisation, spelt differently, is recognised.
    await page.getByLabel('Organisation name').fill('KINDERSCHUTZ NORD');
    await page.getByLabel('Country', { exact: true }).fill('DE');
    await page.getByLabel('Type of organisation').selectOption('Ngo');
    await page.getByLabel('Contact person').fill('Someone Else');
    await page.getByLabel('Email', { exact: true }).fill('else@example.org');
    await page.getByLabel(/We agree/).check();
    await page.getByRole('button', { name: 'Ask to sign on' }).click();
    await page.locator('#e-organisation').waitFor();
    expect(await page.locator('#e-organisation').textContent()).toContain('already a signatory of this statement or has asked to sign on');

    const queue = await coalition.lead.request<Array<{ id: string; organisation: string }>>('GET', `/api/statements/${statementId}/sign-ons?status=Pending`);
    expect(queue.map((r) => r.organisation)).toEqual(['Kinderschutz <Nord> e.V.']);
    // The lead approves it on the moderation page of the web client.
    const leadContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInThroughPage(leadContext, site.server, lena);
    const moderation = await leadContext.newPage();
    await moderation.goto(`${site.server.url}/statements/${statementId}/moderation`);
    await moderation.getByRole('heading', { name: 'Waiting (1)' }).waitFor();
    expect(await moderation.locator('table').first().textContent()).toContain('klara@kinderschutz-nord.example');
    await screenshot(moderation, 'moderation-queue-1280');
    await moderation.getByRole('button', { name: 'Approve Kinderschutz <Nord> e.V.' }).click();
    await moderation.getByRole('heading', { name: 'Decided (1)' }).waitFor();
    await moderation.getByRole('heading', { name: 'Waiting (0)' }).waitFor();
    await leadContext.close();

    await page.goto(`${site.server.url}/p/${slug}`);
    const rows = await page.locator('table.signatories tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Kinderschutz <Nord> e.V.');
    expect(rows[2]).toContain('Signed on');
    await screenshot(page, 'public-page-with-sign-on-1280');
    // The refused posts are answered 400 and 409 on purpose (the page with the errors); nothing else may fail.
    expect(errors.filter((e) => !/status of (400|409) /.test(e))).toEqual([]);
    await context.close();
  });
});
