import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitePath, person } from './support/accounts';
import { screenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';

const administrator = person('Ada Admin');
const nora = person('Nora Novak');

// A server started on an empty store: no administrator, so it prints a one-time setup token.
const site = serverAndBrowser();

async function fresh(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return page;
}

describe('a new server', () => {
  it('gets its first administrator from the printed setup token, once; who creates an organisation whose first member joins by link', async () => {
    const page = await fresh('/');
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('link', { name: 'First run of a new server?' }).click();
    await page.getByLabel('Setup token (printed by the server at start)').fill(site.server.setupToken);
    await page.getByLabel('Your name').fill(administrator.name);
    await page.getByLabel('Email').fill(administrator.email);
    await page.getByLabel('Password (12 characters or more)').fill(administrator.password);
    await page.getByLabel('Password again').fill(administrator.password);
    await screenshot(page, 'setup-1280');
    await page.getByRole('button', { name: 'Create the administrator' }).click();

    await page.waitForURL(/\/organisations$/);
    expect(await page.locator('.whoami').textContent()).toBe('Ada Admin · administrator');
    await page.getByLabel('Name', { exact: true }).fill('Kinderschutz Allianz');
    await page.getByLabel('Country (two-letter code, e.g. DE)').fill('de');
    await page.getByLabel('Type').selectOption('Network');
    await page.getByLabel('Website (optional)').fill('https://example.org/kinderschutz');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('cell', { name: 'Network or federation' }).waitFor();
    await screenshot(page, 'organisations-1280');
    await page.getByRole('link', { name: 'Kinderschutz Allianz' }).click();

    await page.getByRole('heading', { name: 'Kinderschutz Allianz' }).waitFor();
    await page.getByLabel('Email').fill(nora.email);
    await page.getByLabel('as an administrator of the organisation').check();
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await page.locator('.secret').inputValue();
    expect(link).toMatch(/\/invite#cdi_/);
    await screenshot(page, 'organisation-invite-1280');

    const invited = await fresh(invitePath(link));
    await invited.getByLabel('Your name').fill(nora.name);
    await invited.getByLabel('Choose a password (12 characters or more)').fill(nora.password);
    await invited.getByLabel('Password again').fill(nora.password);
    await screenshot(invited, 'invite-1280');
    await invited.getByRole('button', { name: 'Join CoDraft' }).click();
    await invited.waitForURL(`${site.server.url}/`);
    expect(await invited.locator('.whoami').textContent()).toBe('Nora Novak · Kinderschutz Allianz');
    expect(await invited.getByText('Kinderschutz Allianz will convene it, and you will lead it.').count()).toBe(1);

    await page.reload();
    await page.getByRole('cell', { name: 'Nora Novak', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /Nora Novak/ }).getByRole('cell', { name: 'Administrator', exact: true }).count()).toBe(1);
    await screenshot(page, 'organisation-members-1280');

    // The token works once.
    const again = await fresh('/setup');
    await again.getByLabel('Setup token (printed by the server at start)').fill(site.server.setupToken);
    await again.getByLabel('Your name').fill('Mallory');
    await again.getByLabel('Email').fill('mallory@example.org');
    await again.getByLabel('Password (12 characters or more)').fill('mallory wants in badly');
    await again.getByLabel('Password again').fill('mallory wants in badly');
    await again.getByRole('button', { name: 'Create the administrator' }).click();
    await expect.poll(() => again.locator('.status.error').textContent()).toMatch(/^The setup token is wrong, or setup is over/);
    expect(again.url()).toBe(`${site.server.url}/setup`);
  });
});
