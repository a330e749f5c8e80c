import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInThroughPage } from './support/accounts';
import { screenshot } from './support/browser';
import { eventually } from './support/convergence';
import { typeDateTime, wallTimeIn, type WallTime } from './support/dateTime';
import { unlabelledControls } from './support/labels';
import { twoPeople } from './support/twoPeople';

/**
 * Ana and Ben work in Brussels: the times they type and read are Brussels wall-clock times, whatever the time zone
 * of the machine running the tests, and dates are written the American English way the date controls use.
 */
const Brussels = 'Europe/Brussels';
const people = twoPeople({ context: { timezoneId: Brussels, locale: 'en-US' } });

/** An embargo ends on a whole minute (the control takes no seconds), this far ahead: the test lifts it, never waits. */
const EmbargoAheadMs = 60 * 60_000;

interface Round {
  deadline: string | null;
  current: { sha256: string };
}
interface SignOff {
  state: string;
  round: Round | null;
}

/** The sign-off page, once it follows the statement live. */
async function openSignOff(context: BrowserContext, id: string): Promise<Page> {
  const page = await people.open(context, `/statements/${id}/sign-off`);
  await page.locator('.live-note[data-live="true"]').waitFor();
  return page;
}

const state = (page: Page) => page.locator('.state-bar .state-badge').textContent();

/** The value beside a term of a facts list (the candidate's "Deadline", the publication's "Public"). */
const fact = (page: Page, term: string) => page.locator('dl.facts dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]').textContent();

/** Text as the page shows it, with the narrow spaces ICU puts before AM and PM made plain. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The short name of `timeZone` on a wall-clock day and hour there ("GMT+2" for Brussels in summer, "EDT" for New York). */
function zoneName(t: WallTime, timeZone: string): string {
  const near = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute));
  return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(near).find((p) => p.type === 'timeZoneName')!.value;
}

/**
 * "Jul 1, 2027, 9:00 AM GMT+2": how the pages write a time (date, short time, the zone's name) in American English,
 * for a wall-clock time in `timeZone` (Brussels unless said).
 */
function shown(t: WallTime, timeZone = Brussels): string {
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.month - 1];
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${month} ${t.day}, ${t.year}, ${hour}:${String(t.minute).padStart(2, '0')} ${t.hour < 12 ? 'AM' : 'PM'} ${zoneName(t, timeZone)}`;
}

/** A signed-out visitor's browser. */
async function anonymous(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await people.browser.newContext({ timezoneId: Brussels, locale: 'en-US' });
  return { context, page: await context.newPage() };
}

describe('deadline and embargo times on the sign-off page', () => {
  it('shows the deadline a lead typed, in Brussels time to the signatory and as the same instant in New York', async () => {
    const id = await people.coalition.statement('Letter on family reunification', '# Family reunification\n\nWe ask for shorter procedures.\n', 'Signatory');
    const lead = await openSignOff(people.asAna, id);
    // 1 July of next year, 09:00 in Brussels: summer time (UTC+2), so 07:00 UTC.
    const year = new Date().getUTCFullYear() + 1;
    const deadline: WallTime = { year, month: 7, day: 1, hour: 9, minute: 0 };
    await typeDateTime(lead.getByLabel('Deadline (optional)'), deadline);
    expect(await unlabelledControls(lead)).toEqual([]);
    await lead.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => state(lead)).toContain('In review');

    const signOff = await people.coalition.member.request<SignOff>('GET', `/api/statements/${id}/signoff`);
    expect(Date.parse(signOff.round!.deadline!)).toBe(Date.UTC(year, 6, 1, 7, 0));

    const signatory = await openSignOff(people.asBen, id);
    // With its zone: "Jul 1, 2027, 9:00 AM GMT+2".
    await eventually(async () => plain(await fact(signatory, 'Deadline'))).toBe(shown(deadline));
    expect(plain(await signatory.locator('ol.rounds > li').first().textContent())).toContain(`deadline ${shown(deadline)}`);
    expect(plain(await fact(lead, 'Deadline'))).toBe(shown(deadline));
    await screenshot(signatory, 'signoff-deadline-1280');

    // The same deadline read by Ben from New York is the same moment on his clock there: 03:00.
    const abroad = await people.browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
    await signInThroughPage(abroad, people.server, people.coalition.memberPerson);
    const fromNewYork = await openSignOff(abroad, id);
    await eventually(async () => plain(await fact(fromNewYork, 'Deadline'))).toBe(shown({ year, month: 7, day: 1, hour: 3, minute: 0 }, 'America/New_York'));
    await abroad.close();
  });

  it('keeps an embargoed statement off the public side, through a later time the lead types, until the lead publishes it now', { timeout: 120_000 }, async () => {
    const title = 'Statement on safe school routes';
    const id = await people.coalition.statement(title, '# Safe school routes\n\nEvery child should walk to school safely.\n', 'Signatory');
    await people.coalition.lead.request('POST', `/api/statements/${id}/signoff/rounds`, {});
    for (const session of [people.coalition.lead, people.coalition.member]) {
      const signOff = await session.request<SignOff>('GET', `/api/statements/${id}/signoff`);
      await session.request('POST', `/api/statements/${id}/signoff/decisions`, { decision: 'Approve', sha256: signOff.round!.current.sha256 });
    }

    const lead = await openSignOff(people.asAna, id);
    await eventually(() => state(lead)).toContain('Approved');
    // A whole minute an hour or so away, as a Brussels clock shows it.
    const embargoEnd = new Date(Math.ceil((Date.now() + EmbargoAheadMs) / 60_000) * 60_000);
    const embargo = wallTimeIn(embargoEnd, Brussels);
    await typeDateTime(lead.getByLabel('Public from (optional embargo; empty: public at once)'), embargo);
    await lead.getByRole('button', { name: 'Publish…' }).click();
    const confirmation = lead.getByRole('group', { name: 'Confirm publication' });
    expect(plain(await confirmation.textContent())).toContain(`with an embargo until ${shown(embargo)}`);
    await lead.getByRole('button', { name: 'Yes, publish' }).click();
    await eventually(() => state(lead)).toContain('Published');
    await eventually(async () => plain(await fact(lead, 'Public'))).toBe(`from ${shown(embargo)} (embargo)`);
    await eventually(async () => plain(await lead.locator('[aria-labelledby="audit-heading"]').textContent())).toContain(`public from ${shown(embargo)}`);
    await screenshot(lead, 'signoff-embargo-1280');

    // The signatory's page shows the same embargo; the server holds the instant the lead meant.
    const signatory = await openSignOff(people.asBen, id);
    await eventually(async () => plain(await fact(signatory, 'Public'))).toBe(`from ${shown(embargo)} (embargo)`);
    const publicPage = await people.coalition.lead.request<{ slug: string; publicFrom: string; isPublic: boolean }>('GET', `/api/statements/${id}/public-page`);
    expect(Date.parse(publicPage.publicFrom)).toBe(embargoEnd.getTime());
    expect(publicPage.isPublic).toBe(false);

    // Until then a visitor finds nothing: the page is not found and the list does not name it.
    const visitor = await anonymous();
    const before = await visitor.page.goto(`${people.server.url}/p/${publicPage.slug}`);
    expect(before!.status()).toBe(404);
    await visitor.page.goto(`${people.server.url}/p`);
    expect(await visitor.page.getByRole('link', { name: title }).count()).toBe(0);

    // The lead moves the embargo a day later: the page shows the new time, and the statement stays hidden.
    const embargoControl = lead.getByRole('form', { name: 'Change the embargo' });
    const later = wallTimeIn(new Date(embargoEnd.getTime() + 24 * 60 * 60_000), Brussels);
    await typeDateTime(embargoControl.getByLabel('Public from', { exact: true }), later);
    expect(await unlabelledControls(lead)).toEqual([]);
    await embargoControl.getByRole('button', { name: 'Change' }).click();
    await eventually(async () => plain(await fact(lead, 'Public'))).toBe(`from ${shown(later)} (embargo)`);
    await eventually(async () => plain(await lead.locator('[aria-labelledby="audit-heading"]').textContent())).toContain(`Moved the embargo to ${shown(later)}`);
    expect((await visitor.page.goto(`${people.server.url}/p/${publicPage.slug}`))!.status()).toBe(404);

    // "Publish now…" asks first; cancelled, nothing changes.
    await embargoControl.getByRole('button', { name: 'Publish now…' }).click();
    await embargoControl.getByRole('button', { name: 'Cancel' }).click();
    expect((await visitor.page.goto(`${people.server.url}/p/${publicPage.slug}`))!.status()).toBe(404);

    // Confirmed, it lifts the embargo: the public page and the list have it at once.
    await embargoControl.getByRole('button', { name: 'Publish now…' }).click();
    expect(await unlabelledControls(lead)).toEqual([]);
    await embargoControl.getByRole('button', { name: 'Yes, publish now' }).click();
    await embargoControl.waitFor({ state: 'hidden' });
    await eventually(async () => plain(await fact(lead, 'Public'))).toMatch(/^from [^()]+$/);
    await eventually(async () => plain(await lead.locator('[aria-labelledby="audit-heading"]').textContent())).toContain('Lifted the embargo');
    expect((await visitor.page.goto(`${people.server.url}/p/${publicPage.slug}`))!.status()).toBe(200);
    await visitor.page.getByRole('heading', { level: 1, name: title }).first().waitFor();
    await visitor.page.goto(`${people.server.url}/p`);
    await visitor.page.getByRole('link', { name: title }).waitFor();
    await visitor.context.close();
  });
});
