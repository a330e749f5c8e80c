import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coalition, person, signInThroughPage } from './support/accounts';
import { launch, screenshot } from './support/browser';
import { eventually, settled } from './support/convergence';
import { RunningServer } from './support/server';
import { CaddyProxy, send, type Answer } from './support/tlsProxy';

/**
 * The deployment story with real parts: a Production server (Secure cookies, the default) reached only through
 * Debian's Caddy terminating TLS with a certificate made for this run, Caddy at 127.0.0.1 being the one trusted
 * proxy (Proxy:KnownProxies). Other loopback addresses play other clients.
 */
const administrator = person('Ada Admin');
const ana = person('Ana Lima');
const ben = person('Ben Carpentier');
/** Sign-in attempts per client address per minute; the people's own sign-ins (through Caddy at 127.0.0.1) stay under it. */
const SignInLimit = 5;

let server: RunningServer;
let caddy: CaddyProxy;
let browser: Browser;
let coalition: Coalition;
let asAna: BrowserContext;
let asBen: BrowserContext;

beforeAll(async () => {
  server = await RunningServer.start(administrator, {
    environment: 'Production',
    settings: ['--Proxy:KnownProxies:0=127.0.0.1', `--Auth:SignInPerIpPerMinute=${SignInLimit}`],
  });
  caddy = await CaddyProxy.start(server.url);
  // Chromium trusts this run's certificate (by its public key) and no other.
  browser = await launch([`--ignore-certificate-errors-spki-list=${caddy.certificate.spkiSha256}`]);
  // The API calls that set up the coalition go through Caddy too, trusting the same certificate.
  coalition = await Coalition.create(caddy, administrator, ana, ben);
  [asAna, asBen] = await Promise.all([browser.newContext(), browser.newContext()]);
  await Promise.all([signInThroughPage(asAna, caddy, ana), signInThroughPage(asBen, caddy, ben)]);
});

afterAll(async () => {
  await browser?.close();
  await caddy?.stop();
  await server?.stop();
});

async function open(context: BrowserContext, path: string, sockets?: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('websocket', (socket) => sockets?.push(socket.url()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(caddy.url + path);
  return page;
}

const signInAttempt = (url: string, localAddress: string, attempt: number, headers: Record<string, string> = {}): Promise<Answer> =>
  send(`${url}/api/auth/sign-in`, {
    localAddress,
    method: 'POST',
    headers,
    // A new email each time, so that only the per-address limit can bite.
    body: { email: `nobody.${localAddress}.${attempt}@example.org`, password: 'not anybody’s password' },
    certificate: url.startsWith('https:') ? caddy.certificate : undefined,
  });

async function attempts(count: number, attempt: (i: number) => Promise<Answer>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    statuses.push((await attempt(i)).status);
  }
  return statuses;
}

describe('behind a TLS-terminating proxy', () => {
  it('signs in over https, co-edits over wss and decides on the sign-off page through the proxy', async () => {
    expect(server.log).not.toContain('plain http only');
    const id = await coalition.statement('Open letter behind TLS', '# Dear Commissioners\n\nWe ask you to act.\n');
    const sockets: string[] = [];
    const [anaPage, benPage] = await Promise.all([open(asAna, `/statements/${id}`, sockets), open(asBen, `/statements/${id}`, sockets)]);
    await Promise.all([anaPage, benPage].map((p) => p.locator('.connection[data-state="live"]').waitFor()));
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(sockets.every((url) => url.startsWith(`wss://${new URL(caddy.url).host}/hubs/draft`))).toBe(true);

    await anaPage.locator('.cm-content').click();
    await anaPage.keyboard.press('Control+End');
    await benPage.locator('.cm-content').click();
    await benPage.keyboard.press('Control+Home');
    await benPage.keyboard.press('End');
    await Promise.all([anaPage.keyboard.type(' Now.', { delay: 20 }), benPage.keyboard.type(' and Members', { delay: 20 })]);
    expect(await settled(coalition.lead, id, [anaPage, benPage])).toBe('# Dear Commissioners and Members\n\nWe ask you to act.\n Now.');
    await screenshot(anaPage, 'tls-proxy-editor-1280');

    const decided = await coalition.statement('Joint letter behind TLS', '# Joint letter\n\nWe ask the Council to act.\n', 'Signatory');
    const lead = await open(asAna, `/statements/${decided}/sign-off`);
    await lead.locator('.live-note[data-live="true"]').waitFor();
    await lead.getByRole('button', { name: 'Open sign-off round' }).click();
    await eventually(() => lead.locator('.state-bar .state-badge').textContent()).toContain('In review');
    const signatory = await open(asBen, `/statements/${decided}/sign-off`);
    await signatory.locator('.live-note[data-live="true"]').waitFor();
    await signatory.getByRole('radio', { name: /^Approve/ }).check();
    await signatory.getByRole('button', { name: 'Send decision' }).click();
    // The lead's page hears of the approval over its own wss connection.
    await eventually(() => lead.locator(`tr[data-organisation="${coalition.partner.id}"] .standing`).textContent()).toContain('Approved');
    await screenshot(lead, 'tls-proxy-signoff-1280');
  });

  it('limits two clients behind the proxy separately, and believes no forwarded header but the proxy’s', async () => {
    const first = await attempts(SignInLimit + 1, (i) => signInAttempt(caddy.url, '127.0.0.3', i));
    const second = await attempts(1, (i) => signInAttempt(caddy.url, '127.0.0.4', i));
    // Through the proxy, a client's own X-Forwarded-For is replaced by Caddy: the limited client stays limited.
    const claimedThroughProxy = await signInAttempt(caddy.url, '127.0.0.3', 99, { 'x-forwarded-for': '203.0.113.9' });
    // Straight to the server, forwarded headers from a peer that is not the trusted proxy are ignored: not https.
    const forgedDirect = await signInAttempt(server.url, '127.0.0.2', 0, { 'x-forwarded-for': '127.0.0.4', 'x-forwarded-proto': 'https' });

    expect(first).toEqual([...Array<number>(SignInLimit).fill(401), 429]);
    expect(second).toEqual([401]);
    expect(claimedThroughProxy.status).toBe(429);
    expect(forgedDirect.status).toBe(400);
    expect(JSON.parse(forgedDirect.body).code).toBe('auth.https_required');
  });
});
