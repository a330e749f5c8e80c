import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, Coalition, invitePath, person, signInThroughPage, type Person } from './support/accounts';
import { screenshot } from './support/browser';
import { eventually } from './support/convergence';
import { unlabelledControls } from './support/labels';
import { serverAndBrowser } from './support/serverAndBrowser';

/**
 * The organisation boundary in the browser (issue 14): an organisation takes part only when its administrator
 * accepts, and names who signs for it; the lead proposes, the organisation decides. Everyone reads times in
 * Brussels, in American English, so the times the pages write can be checked.
 */
const Brussels = 'Europe/Brussels';
const administrator = person('Ada Admin');
/** Ana leads for Child Rights Network and administers it. */
const ana = person('Ana Lima');
/** Ben administers Enfance Sûre, the partner. */
const ben = person('Ben Carpentier');
/** Sofia is a member of Enfance Sûre, who will sign for it. */
const sofia = person('Sofia Signatory');
/** Nils has no account: Ana invites him into her own organisation by link. */
const nils = person('Nils Neuling');

const site = serverAndBrowser(administrator);
let coalition: Coalition;

beforeAll(async () => {
  coalition = await Coalition.create(site.server, administrator, ana, ben);
  await ApiSession.accept(site.server, await coalition.member.invite({ email: sofia.email, organisationId: coalition.partner.id }), sofia);
});

async function browserFor(who?: Person): Promise<BrowserContext> {
  const context = await site.browser.newContext({ timezoneId: Brussels, locale: 'en-US' });
  if (who) {
    await signInThroughPage(context, site.server, who);
  }
  return context;
}

async function open(context: BrowserContext, path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(site.server.url + path);
  return page;
}

/** The sign-off page, once it follows the statement live. */
async function openSignOff(context: BrowserContext, id: string): Promise<Page> {
  const page = await open(context, `/statements/${id}/sign-off`);
  await page.locator('.live-note[data-live="true"]').waitFor();
  return page;
}

/** How the pages write a time with its zone, for the reader in Brussels. */
const inBrussels = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: Brussels });

/** Text as the page shows it, with the narrow spaces ICU puts before AM and PM made plain. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const statusOf = (page: Page, section: string) => page.locator(`section[aria-labelledby="${section}"] .status`).first();

describe('the organisation boundary in the browser', () => {
  it('lets a partner accept, lets its administrator confirm the signatory the lead proposed, and the signatory approve', async () => {
    const title = 'Letter on child poverty';
    const { id } = await coalition.lead.request<{ id: string }>('POST', '/api/statements', { title, text: '# Child poverty\n\nWe ask the Council to act.\n' });
    const [asAna, asBen, asSofia] = await Promise.all([browserFor(ana), browserFor(ben), browserFor(sofia)]);

    // Ana invites Enfance Sûre: it is invited, not taking part, until its administrators accept.
    const access = await open(asAna, `/statements/${id}/access`);
    await access.getByLabel('Invite a partner organisation').selectOption({ label: 'Enfance Sûre' });
    await access.getByRole('button', { name: 'Invite organisation' }).click();
    const invited = access.getByRole('list', { name: 'Invited organisations' });
    await eventually(async () => plain(await invited.textContent())).toMatch(/^Enfance Sûre · Invited by Ana Lima on .+ GMT\+\d: waiting for its administrators to accept\./);
    expect(await access.getByRole('list', { name: 'Partners' }).count()).toBe(0);
    expect(await unlabelledControls(access)).toEqual([]);
    await screenshot(access, 'boundary-access-invited-1280');

    // Ben's statements page says what waits for him, and leads to his organisation's page.
    const home = await open(asBen, '/');
    await home.getByRole('link', { name: '1 invitation to take part' }).waitFor();
    expect(plain(await home.locator('.waiting-note').textContent())).toBe('Waiting for you as an administrator of Enfance Sûre: 1 invitation to take part.');
    await screenshot(home, 'boundary-statements-waiting-1280');
    await home.getByRole('link', { name: '1 invitation to take part' }).click();
    await home.getByRole('heading', { name: 'Enfance Sûre' }).waitFor();
    const invitation = home.getByRole('list', { name: 'Invitations to take part' }).getByRole('listitem');
    await invitation.getByText(title, { exact: true }).waitFor();
    expect(plain(await invitation.textContent())).toContain('Convened by Child Rights Network. Invited by Ana Lima on');
    expect(await unlabelledControls(home)).toEqual([]);
    await screenshot(home, 'boundary-organisation-invitation-1280');
    const narrow = await open(asBen, `/organisations/${coalition.partner.id}`, 390);
    await narrow.getByRole('button', { name: `Accept taking part in “${title}”` }).waitFor();
    await screenshot(narrow, 'boundary-organisation-invitation-390');
    await narrow.close();
    await home.getByRole('button', { name: `Accept taking part in “${title}”` }).click();
    await eventually(() => statusOf(home, 'org-statements-heading').textContent()).toBe(`Enfance Sûre takes part in “${title}”. Name who signs for it below.`);
    const takingPart = home.getByRole('list', { name: 'Statements it convenes or takes part in' });
    await takingPart.getByText('No signatory yet: nobody can approve this statement for Enfance Sûre.').waitFor();

    // Before a round, Ana's sign-off page names the organisation nobody can approve for; the server agrees.
    const signOff = await openSignOff(asAna, id);
    const warning = signOff.locator('.no-signatory');
    await eventually(() => warning.textContent()).toMatch(/^Nobody can approve for Enfance Sûre yet: it has no signatory on this statement\./);
    expect(await warning.isVisible()).toBe(true);
    await screenshot(signOff, 'boundary-signoff-warning-1280');
    const narrowSignOff = await open(asAna, `/statements/${id}/sign-off`, 390);
    await narrowSignOff.locator('.no-signatory').waitFor();
    await screenshot(narrowSignOff, 'boundary-signoff-warning-390');
    await narrowSignOff.close();
    await signOff.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => signOff.locator('.lead-panel .status').first().textContent()).toBe(
      'The round was not opened: nobody can approve for Enfance Sûre yet. Its administrators must name a signatory first, or leave it out of the round.',
    );

    // Ana proposes Sofia, who has an account, as signatory: a proposal, until Enfance Sûre confirms it.
    await access.reload();
    const add = access.getByRole('form', { name: 'Add someone who already has an account' });
    await add.getByLabel('Person').selectOption({ label: 'Sofia Signatory (Enfance Sûre)' });
    await add.getByLabel('Role').selectOption('Signatory');
    await add.getByRole('button', { name: 'Add to the statement' }).click();
    await eventually(() => access.locator('main > .status').textContent()).toBe("Sofia Signatory is proposed as signatory: Enfance Sûre's administrators must confirm it.");
    const proposals = access.getByRole('list', { name: 'Signatories proposed' });
    expect(plain(await proposals.textContent())).toMatch(/Proposed as signatory by Ana Lima on .+, waiting for Enfance Sûre's administrators to confirm\./);
    expect(await access.getByRole('row', { name: /Sofia Signatory/ }).count()).toBe(0);
    await screenshot(access, 'boundary-access-proposed-1280');
    const narrowAccess = await open(asAna, `/statements/${id}/access`, 390);
    await narrowAccess.getByRole('list', { name: 'Signatories proposed' }).waitFor();
    await screenshot(narrowAccess, 'boundary-access-proposed-390');
    await narrowAccess.close();

    // Ben sees the proposal waiting, and confirms it on his organisation's page.
    await home.goto(`${site.server.url}/`);
    await home.getByRole('link', { name: '1 signatory proposal to confirm' }).click();
    const confirmSofia = home.getByRole('button', { name: `Confirm Sofia Signatory as signatory on “${title}”` });
    await confirmSofia.waitFor();
    await screenshot(home, 'boundary-organisation-proposal-1280');
    await confirmSofia.click();
    await takingPart.getByText('Signs for Enfance Sûre: Sofia Signatory.').waitFor();
    expect(await home.getByRole('button', { name: `Confirm Sofia Signatory as signatory on “${title}”` }).count()).toBe(0);

    // The sign-off page no longer warns; Ana opens the round, and Sofia approves for Enfance Sûre.
    await signOff.reload();
    await signOff.getByRole('button', { name: 'Open sign-off round' }).waitFor();
    expect(await signOff.locator('.no-signatory').isVisible()).toBe(false);
    expect(await signOff.getByRole('checkbox', { name: 'Enfance Sûre' }).isChecked()).toBe(true);
    await signOff.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => signOff.locator('.state-bar .state-badge').textContent()).toContain('In review');

    const signatory = await openSignOff(asSofia, id);
    await signatory.getByRole('heading', { name: 'Your decision for Enfance Sûre' }).waitFor();
    await signatory.getByRole('radio', { name: /^Approve/ }).check();
    await signatory.getByRole('button', { name: 'Send decision' }).click();
    await eventually(() => signOff.locator(`tr[data-organisation="${coalition.partner.id}"] .standing`).textContent()).toContain('Approved');
    await screenshot(signatory, 'boundary-signatory-approved-1280');
  });

  it('lets an administrator decline taking part after a confirmation, which the lead then sees', async () => {
    const title = 'Letter on school fees';
    const { id } = await coalition.lead.request<{ id: string }>('POST', '/api/statements', { title, text: 'Fees.\n' });
    await coalition.lead.request('POST', `/api/statements/${id}/access/partners`, { organisationId: coalition.partner.id });

    const page = await open(await browserFor(ben), `/organisations/${coalition.partner.id}`);
    await page.getByRole('button', { name: `Decline taking part in “${title}”` }).click();
    const question = page.getByRole('group', { name: `Decline taking part in “${title}”` });
    expect(plain(await question.textContent())).toContain(`Decline taking part in “${title}”? Enfance Sûre will not be asked to sign it`);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await question.isVisible()).toBe(false);
    const stillInvited = await coalition.lead.request<{ invitedPartners: Array<{ status: string }> }>('GET', `/api/statements/${id}/access`);
    expect(stillInvited.invitedPartners.map((p) => p.status)).toEqual(['Invited']);

    await page.getByRole('button', { name: `Decline taking part in “${title}”` }).click();
    await question.getByRole('button', { name: 'Yes, decline' }).click();
    await page.getByRole('list', { name: 'Declined' }).getByText(title).waitFor();

    const access = await open(await browserFor(ana), `/statements/${id}/access`);
    await eventually(async () => plain(await access.getByRole('list', { name: 'Invited organisations' }).textContent())).toMatch(
      /^Enfance Sûre · Declined on .+ GMT\+\d: it does not take part\.$/,
    );
  });

  it('shows who invited whom to what, until when, before accepting; a resent or revoked link says why it no longer works', async () => {
    const title = 'Letter on youth work';
    const { id } = await coalition.lead.request<{ id: string }>('POST', '/api/statements', { title, text: 'Youth.\n' });
    const access = await open(await browserFor(ana), `/statements/${id}/access`);

    // Someone with an account is chosen, not invited by link: the page says so in a sentence.
    const invite = access.getByRole('form', { name: 'Invite someone new to this statement' });
    await invite.getByLabel('Email').fill(ben.email);
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    await eventually(() => invite.locator('.status').textContent()).toBe(`${ben.email} already has an account: choose them under “Add someone who already has an account” instead.`);

    await invite.getByLabel('Email').fill(nils.email);
    await invite.getByLabel('Role').selectOption('Editor');
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    const first = await access.locator('.secret').inputValue();
    const pending = access.locator('section[aria-labelledby="pending-invitations-heading"]');
    const row = pending.getByRole('row', { name: new RegExp(nils.email) });
    await row.waitFor();
    expect(plain(await row.textContent())).toContain(`Editor on “${title}”, for Child Rights Network`);
    const [listed] = await coalition.lead.request<Array<{ email: string; expiresAt: string }>>('GET', `/api/statements/${id}/invitations`);
    expect(listed.email).toBe(nils.email);
    expect(plain(await row.textContent())).toContain(plain(inBrussels(listed.expiresAt)));
    await screenshot(access, 'boundary-access-links-1280');

    // Nils's browser shows what the link offers before he joins.
    const invitee = await open(await browserFor(), invitePath(first));
    const preview = invitee.locator('.invitation-preview');
    await eventually(async () => plain(await preview.textContent())).toContain(
      `Ana Lima of Child Rights Network invites ${nils.email} to join Child Rights Network and to take part in the statement “${title}” as Editor.`,
    );
    expect(plain(await preview.textContent())).toContain(`The link works once, until ${plain(inBrussels(listed.expiresAt))}.`);
    expect(await unlabelledControls(invitee)).toEqual([]);
    await screenshot(invitee, 'boundary-invite-preview-1280');
    const narrowInvitee = await open(await browserFor(), invitePath(first), 390);
    await narrowInvitee.locator('.invitation-preview').waitFor();
    await screenshot(narrowInvitee, 'boundary-invite-preview-390');

    // Resend shows a new link; the first one says it was replaced.
    await row.getByRole('button', { name: `Resend the invitation of ${nils.email}` }).click();
    const resent = access.getByLabel(`New invitation link for ${nils.email}`);
    await resent.waitFor();
    const second = await resent.inputValue();
    expect(second).not.toBe(first);
    await invitee.reload();
    await eventually(() => invitee.locator('.status.error').textContent()).toBe(
      'This invitation was withdrawn, or replaced by a newer link. Ask whoever invited you for the latest link.',
    );

    // Revoke asks first; Cancel keeps the link working.
    await row.getByRole('button', { name: `Revoke the invitation of ${nils.email}` }).click();
    const question = access.getByRole('group', { name: `Revoke the invitation of ${nils.email}` });
    expect(await question.textContent()).toContain(`Revoke the invitation of ${nils.email}? Its link stops working at once.`);
    await screenshot(access, 'boundary-access-revoke-1280');
    await question.getByRole('button', { name: 'Cancel' }).click();
    const secondPage = await open(await browserFor(), invitePath(second));
    await secondPage.locator('.invitation-preview').waitFor();

    await row.getByRole('button', { name: `Revoke the invitation of ${nils.email}` }).click();
    await question.getByRole('button', { name: 'Yes, revoke' }).click();
    await eventually(() => pending.getByRole('row', { name: new RegExp(nils.email) }).count()).toBe(0);
    expect(await pending.locator('.status').textContent()).toBe(`The invitation of ${nils.email} is revoked: its link no longer works.`);
    await secondPage.reload();
    await eventually(() => secondPage.locator('.status.error').textContent()).toBe(
      'This invitation was withdrawn, or replaced by a newer link. Ask whoever invited you for the latest link.',
    );
    // The page may draw twice (once more when the signed-in state is known): wait for what stays.
    await eventually(() => secondPage.getByRole('heading', { level: 1 }).textContent()).toBe('This invitation cannot be used');
    expect(await secondPage.getByRole('button', { name: 'Join CoDraft' }).count()).toBe(0);
    await screenshot(secondPage, 'boundary-invite-revoked-1280');
  });
});
