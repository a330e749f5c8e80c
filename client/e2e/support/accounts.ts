import type { BrowserContext } from 'playwright-core';
/**
 * Where the API is: the server itself (a RunningServer), or a proxy in front of it whose `fetch` trusts the
 * certificate made for the test (support/tlsProxy.ts).
 */
export interface Site {
  url: string;
  fetch?: typeof fetch;
}

/** Someone the tests sign in as. */
export interface Person {
  email: string;
  name: string;
  password: string;
}

export interface Organisation {
  id: string;
  name: string;
}

interface Me {
  id: string;
  name: string;
  organisation: Organisation | null;
}

/** A person with the given name and a password long enough for the server (12 characters or more). */
export function person(name: string): Person {
  const local = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { name, email: `${local}@example.org`, password: `${local} has a long passphrase` };
}

/**
 * What a program sees of the REST API: a session cookie kept between calls, and the anti-forgery token sent with
 * every change, as docs/accounts.md asks of a browser.
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();
  private csrf: string | null = null;
  me: Me | null = null;

  constructor(readonly server: Site) {}

  /** Signs in with email and password, as the sign-in page does. */
  static async signIn(server: Site, who: Person): Promise<ApiSession> {
    const session = new ApiSession(server);
    const signedIn = await session.request<{ person: Me; csrfToken: string }>('POST', '/api/auth/sign-in', { email: who.email, password: who.password });
    session.csrf = signedIn.csrfToken;
    session.me = signedIn.person;
    return session;
  }

  /** Accepts an invitation as a new person, who is signed in by it. */
  static async accept(server: Site, link: string, who: Person): Promise<ApiSession> {
    const session = new ApiSession(server);
    const accepted = await session.request<{ person: Me }>('POST', '/api/invitations/accept', { token: tokenOf(link), name: who.name, password: who.password });
    session.me = accepted.person;
    return session;
  }

  get id(): string {
    return this.me!.id;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (method !== 'GET' && this.csrf === null && this.cookies.size > 0) {
      this.csrf = (await this.request<{ token: string }>('GET', '/api/auth/antiforgery')).token;
    }
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method !== 'GET' && this.csrf !== null) {
      headers['X-CSRF-TOKEN'] = this.csrf;
    }
    const response = await (this.server.fetch ?? fetch)(this.server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** Makes an invitation and returns its link (https://host/invite#cdi_…). */
  async invite(invitation: { email: string; organisationId: string; organisationAdmin?: boolean; statementId?: string; role?: string }): Promise<string> {
    return (await this.request<{ link: string }>('POST', '/api/invitations', invitation)).link;
  }

  /** Accepts an invitation as the signed-in person. */
  async acceptAsMe(link: string): Promise<void> {
    await this.request('POST', '/api/invitations/accept', { token: tokenOf(link) });
  }
}

/** The token of an invitation link, which sits after '#'. */
export function tokenOf(link: string): string {
  return new URL(link).hash.slice(1);
}

/** The path and fragment of an invitation link, to open on the test server. */
export function invitePath(link: string): string {
  const url = new URL(link);
  return url.pathname + url.hash;
}

/**
 * Two organisations, each with a person who administers it, made through the real API by an administrator:
 * the lead's and the partner's, as in a coalition drafting a joint statement.
 */
export class Coalition {
  private constructor(
    readonly admin: ApiSession,
    readonly convening: Organisation,
    readonly partner: Organisation,
    readonly lead: ApiSession,
    readonly leadPerson: Person,
    readonly member: ApiSession,
    readonly memberPerson: Person,
  ) {}

  static async create(server: Site, administrator: Person, lead: Person, member: Person): Promise<Coalition> {
    const admin = await ApiSession.signIn(server, administrator);
    const convening = await admin.request<Organisation>('POST', '/api/organisations', { name: 'Child Rights Network', country: 'BE', type: 'Network' });
    const partner = await admin.request<Organisation>('POST', '/api/organisations', { name: 'Enfance Sûre', country: 'FR', type: 'Ngo', website: 'https://example.org' });
    const leadSession = await ApiSession.accept(server, await admin.invite({ email: lead.email, organisationId: convening.id, organisationAdmin: true }), lead);
    const memberSession = await ApiSession.accept(server, await admin.invite({ email: member.email, organisationId: partner.id, organisationAdmin: true }), member);
    return new Coalition(admin, convening, partner, leadSession, lead, memberSession, member);
  }

  /**
   * The lead creates a statement, invites the partner organisation, whose administrator (the member) accepts, and
   * gives the member `role`. A Signatory for the partner is only a proposal until the partner's administrator — the
   * member himself here — confirms it, as the organisation boundary asks (docs/accounts.md).
   */
  async statement(title: string, text: string, role = 'Editor'): Promise<string> {
    const { id } = await this.lead.request<{ id: string }>('POST', '/api/statements', { title, text });
    await this.takePart(id);
    await this.lead.request('PUT', `/api/statements/${id}/access/people/${this.member.id}`, { role });
    if (role === 'Signatory') {
      await this.member.request('PUT', `/api/organisations/${this.partner.id}/statements/${id}/signatories/${this.member.id}`);
    }
    return id;
  }

  /** The lead invites the partner organisation to statement `id`, and its administrator (the member) accepts. */
  async takePart(id: string): Promise<void> {
    await this.lead.request('POST', `/api/statements/${id}/access/partners`, { organisationId: this.partner.id });
    await this.member.request('POST', `/api/organisations/${this.partner.id}/statements/${id}/accept`);
  }
}

/**
 * Signs a browser context in through the sign-in page, and checks the header shows who is signed in. `site` is the
 * server, or a relay in front of it for a person whose connection a test cuts.
 */
export async function signInThroughPage(context: BrowserContext, site: { url: string }, who: Person): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${site.url}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.whoami', { hasText: who.name }).waitFor();
  await page.close();
}
