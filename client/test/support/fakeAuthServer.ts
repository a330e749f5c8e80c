export interface SeenRequest {
  method: string;
  path: string;
  csrf: string | null;
}

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, code, detail: `refused: ${code}` }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/**
 * The server's side of a browser session, as docs/accounts.md states it: sign-in answers with an anti-forgery
 * token, GET /api/auth/antiforgery gives the current one, every unsafe request of a signed-in session must carry
 * it in X-CSRF-TOKEN, and a signed-out caller gets 401 auth.required.
 */
export class FakeAuthServer {
  readonly seen: SeenRequest[] = [];
  readonly changes: string[] = [];
  signedIn = false;
  private token = 0;
  /** Answers to the next requests, in order, before the session rules apply (e.g. a 429 with Retry-After). */
  readonly canned: Response[] = [];

  get currentToken(): string {
    return `csrf-${this.token}`;
  }

  /** The server renews the token (the session was renewed elsewhere): a token kept by the page goes stale. */
  renewToken(): void {
    this.token++;
  }

  readonly fetch = async (path: string, init: RequestInit): Promise<Response> => {
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    const csrf = headers['X-CSRF-TOKEN'] ?? null;
    this.seen.push({ method, path, csrf });
    const canned = this.canned.shift();
    if (canned) {
      return canned;
    }
    if (path === '/api/auth/sign-in') {
      const { password } = JSON.parse(String(init.body)) as { password: string };
      if (password !== 'correct horse battery') {
        return problem(401, 'auth.invalid_credentials');
      }
      this.signedIn = true;
      this.renewToken();
      return json({ person: { id: 'p1', name: 'Ana' }, csrfToken: this.currentToken, csrfHeader: 'X-CSRF-TOKEN' });
    }
    if (path === '/api/auth/antiforgery') {
      return json({ token: this.currentToken, headerName: 'X-CSRF-TOKEN' });
    }
    if (!this.signedIn) {
      return problem(401, 'auth.required');
    }
    if (method !== 'GET' && csrf !== this.currentToken) {
      return problem(400, 'antiforgery.invalid');
    }
    if (path === '/api/auth/sign-out') {
      this.signedIn = false;
      return new Response(null, { status: 204 });
    }
    if (method !== 'GET') {
      this.changes.push(`${method} ${path}`);
    }
    return json({ ok: true });
  };
}

/** A network that is down. */
export const unreachable = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
