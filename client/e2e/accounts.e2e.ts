import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, Coalition, person, signInThroughPage } from './support/accounts';
import { editorText, screenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';

const administrator = person('Ada Admin');
const ana = person('Ana Lima');
const ben = person('Ben Carpentier');
const vera = person('Vera Viewer');
const paul = person('Paul Passwort');

let coalition: Coalition;

// The administrator comes from the admin command; two organisations with a person each, and Vera in Ben's.
const site = serverAndBrowser(administrator);
beforeAll(async () => {
  coalition = await Coalition.create(site.server, administrator, ana, ben);
  await ApiSession.accept(site.server, await coalition.member.invite({ email: vera.email, organisationId: coalition.partner.id }), vera);
});

async function signedOut(): Promise<BrowserContext> {
  return site.browser.newContext({ viewport: { width: 1280, height: 900 } });
}

async function signedIn(who: typeof ana): Promise<BrowserContext> {
  const context = await signedOut();
  await signInThroughPage(context, site.server, who);
  return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return page;
}

describe('accounts in the web client', () => {
  it('asks for sign-in, says when the password is wrong, returns to the page asked for, shows who is signed in, and signs out', async () => {
    const { id } = await coalition.lead.request<{ id: string }>('POST', '/api/statements', { title: 'Sign-in letter', text: 'Hello.' });
    const page = await open(await signedOut(), `/statements/${id}/history`);
    await page.waitForURL(/\/sign-in\?next=/);

    await page.getByLabel('Email').fill(ana.email);
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.status.error').textContent()).toBe('The email or the password is wrong.');
    await screenshot(page, 'sign-in-error-1280');

    await page.getByLabel('Password').fill(ana.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.server.url}/statements/${id}/history`);
    await page.getByRole('heading', { name: 'History of “Sign-in letter”' }).waitFor();
    expect(await page.locator('.whoami').textContent()).toBe('Ana Lima · Child Rights Network');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${site.server.url}/sign-in`);
    expect(await page.locator('.whoami').count()).toBe(0);
    await page.goto(`${site.server.url}/`);
    await page.waitForURL(`${site.server.url}/sign-in`);
    await page.setViewportSize({ width: 390, height: 800 });
    await screenshot(page, 'sign-in-390');
  });

  it('sends a page whose session ended elsewhere to sign-in, and back to it afterwards', async () => {
    const context = await signedIn(ana);
    const page = await open(context, '/account');
    await page.getByRole('heading', { name: 'Personal access tokens' }).waitFor();
    const otherTab = await open(context, '/');
    await otherTab.getByRole('button', { name: 'Sign out' }).click();
    await otherTab.waitForURL(`${site.server.url}/sign-in`);

    await page.getByLabel('Name (what it is for)').fill('Too late');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.waitForURL(`${site.server.url}/sign-in?next=%2Faccount`);
    await page.getByLabel('Email').fill(ana.email);
    await page.getByLabel('Password').fill(ana.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.server.url}/account`);
    expect(await page.getByRole('cell', { name: 'Too late', exact: true }).count()).toBe(0);
  });

  it("lets a lead add a partner's person who has an account as a viewer, who can read but not type", async () => {
    const { id } = await coalition.lead.request<{ id: string }>('POST', '/api/statements', { title: 'Viewer letter', text: '# Read me\n\nDo not change me.\n' });
    const lead = await open(await signedIn(ana), `/statements/${id}/access`);
    await lead.getByLabel('Invite a partner organisation').selectOption({ label: 'Enfance Sûre' });
    await lead.getByRole('button', { name: 'Invite organisation' }).click();
    await lead.getByRole('list', { name: 'Invited organisations' }).getByText(/waiting for its administrators to accept/).waitFor();
    // New people come by link into Ana's own organisation only; Vera is chosen, since she has an account.
    expect(await lead.getByText('They join Child Rights Network and take part in this statement with the role you choose.', { exact: false }).count()).toBe(1);

    // Ben, Enfance Sûre's administrator, accepts; then Vera can be chosen.
    await coalition.member.request('POST', `/api/organisations/${coalition.partner.id}/statements/${id}/accept`);
    await lead.reload();
    await lead.getByRole('list', { name: 'Partners' }).getByText('Enfance Sûre', { exact: true }).waitFor();
    const add = lead.getByRole('form', { name: 'Add someone who already has an account' });
    await add.getByLabel('Person').selectOption({ label: 'Vera Viewer (Enfance Sûre)' });
    expect(await add.getByLabel('Role').locator('option').allTextContents()).toEqual(['Viewer', 'Commenter', 'Signatory', 'Editor']);
    await add.getByLabel('Role').selectOption('Viewer');
    await add.getByRole('button', { name: 'Add to the statement' }).click();
    await lead.getByRole('row', { name: /Vera Viewer/ }).waitFor();
    expect(await lead.getByLabel('Role of Vera Viewer').inputValue()).toBe('Viewer');
    await screenshot(lead, 'access-1280');

    const viewer = await open(await signedIn(vera), `/statements/${id}`);
    await viewer.locator('.connection[data-state="live"]').waitFor();
    await expect.poll(() => viewer.locator('.role-note').textContent()).toMatch(/your role \(Viewer\) does not allow editing/);
    expect(await viewer.locator('.connection').textContent()).toBe('Live: you see changes as they are made');
    expect(await viewer.locator('.cm-content').getAttribute('aria-readonly')).toBe('true');
    expect(await viewer.getByRole('button', { name: 'Name version' }).isVisible()).toBe(false);

    await viewer.locator('.cm-content').click();
    await viewer.keyboard.press('Control+End');
    await viewer.keyboard.type('Changed by a viewer.');
    await viewer.keyboard.press('Enter');
    expect(await editorText(viewer)).toBe('# Read me\n\nDo not change me.\n');
    const { version, text } = await coalition.lead.request<{ version: number; text: string }>('GET', `/api/statements/${id}`);
    expect({ version, text }).toEqual({ version: 1, text: '# Read me\n\nDo not change me.\n' });
    await screenshot(viewer, 'editor-viewer-1280');
  });

  it("lets an organisation's administrator make a member an administrator", async () => {
    const page = await open(await signedIn(ben), '/');
    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { name: 'Enfance Sûre' }).waitFor();
    const row = page.getByRole('row', { name: /Vera Viewer/ });
    await row.getByRole('button', { name: 'Make administrator (Vera Viewer)' }).click();
    await row.getByRole('cell', { name: 'Administrator', exact: true }).waitFor();
    await screenshot(page, 'members-1280');

    const members = await coalition.member.request<Array<{ name: string; isOrganisationAdmin: boolean }>>('GET', `/api/organisations/${coalition.partner.id}/members`);
    expect(members.find((m) => m.name === 'Vera Viewer')?.isOrganisationAdmin).toBe(true);
  });

  it('creates a personal access token shown once, which works until it is revoked', async () => {
    const page = await open(await signedIn(ben), '/account');
    await page.getByLabel('Name (what it is for)').fill('Export script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.locator('.secret').inputValue();
    expect(token).toMatch(/^cdp_/);
    await page.getByRole('cell', { name: 'Export script', exact: true }).waitFor();
    await screenshot(page, 'account-1280');

    const asProgram = () => fetch(`${site.server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await asProgram()).toBe(200);
    await page.getByRole('button', { name: 'Revoke Export script' }).click();
    await page.getByRole('cell', { name: /^revoked / }).waitFor();
    expect(await asProgram()).toBe(401);
    await page.reload();
    expect(await page.locator('.secret').count()).toBe(0);
  });
});

describe('a password change', () => {
  it('lets the new password sign in and the old one no more, and keeps the page working', async () => {
    await ApiSession.accept(site.server, await coalition.member.invite({ email: paul.email, organisationId: coalition.partner.id }), paul);
    const page = await open(await signedIn(paul), '/account');
    const renewed = `${paul.password} renewed`;
    await page.getByLabel('Current password').fill(paul.password);
    await page.getByLabel('New password (12 characters or more)').fill(renewed);
    await page.getByLabel('New password again').fill(renewed);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('#password-heading + form .status').textContent()).toMatch(/^Password changed\./);

    // The session was renewed with a new anti-forgery token: a change made from the page still goes through.
    await page.getByLabel('Name (what it is for)').fill('After the change');
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await page.locator('.secret').inputValue()).toMatch(/^cdp_/);

    await expect(ApiSession.signIn(site.server, paul)).rejects.toThrow(/401/);
    await expect(ApiSession.signIn(site.server, { ...paul, password: renewed })).resolves.toBeInstanceOf(ApiSession);
  });
});
