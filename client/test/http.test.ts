import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, http, HttpApi } from '../src/api';
import { FakeAuthServer, unreachable } from './support/fakeAuthServer';

function signedInClient(): { server: FakeAuthServer; client: HttpApi; signIns: () => number } {
  const server = new FakeAuthServer();
  server.signedIn = true;
  const client = new HttpApi(server.fetch);
  let count = 0;
  client.onSignInRequired(() => count++);
  return { server, client, signIns: () => count };
}

describe('the REST wrapper', () => {
  it('asks for the anti-forgery token before the first change and sends it with every change, not with reads', async () => {
    const { server, client } = signedInClient();

    await client.request('GET', '/api/statements');
    await client.request('POST', '/api/statements', { title: 'Letter' });
    await client.request('PUT', '/api/statements/s1/text', { text: 'x' });

    expect(server.seen).toEqual([
      { method: 'GET', path: '/api/statements', csrf: null },
      { method: 'GET', path: '/api/auth/antiforgery', csrf: null },
      { method: 'POST', path: '/api/statements', csrf: server.currentToken },
      { method: 'PUT', path: '/api/statements/s1/text', csrf: server.currentToken },
    ]);
    expect(server.changes).toEqual(['POST /api/statements', 'PUT /api/statements/s1/text']);
  });

  it('asks once for the token when several changes start together', async () => {
    const { server, client } = signedInClient();

    await Promise.all([client.request('POST', '/api/a'), client.request('DELETE', '/api/b')]);

    expect(server.seen.filter((r) => r.path === '/api/auth/antiforgery')).toHaveLength(1);
    expect(server.changes).toHaveLength(2);
  });

  it('fetches a new token and makes the change once when the kept token has gone stale', async () => {
    const { server, client } = signedInClient();
    await client.request('POST', '/api/a');
    server.renewToken();

    await client.request('POST', '/api/b');

    expect(server.changes).toEqual(['POST /api/a', 'POST /api/b']);
    expect(server.seen.at(-1)).toEqual({ method: 'POST', path: '/api/b', csrf: server.currentToken });
  });

  it('does not retry a refused token it has just fetched, and reports the refusal', async () => {
    const { server, client } = signedInClient();
    server.canned.push(new Response(JSON.stringify({ token: 'wrong' }), { status: 200 }));

    const refusal = await client.request('POST', '/api/a').catch((e: unknown) => e);

    expect(refusal).toMatchObject({ status: 400, code: 'antiforgery.invalid' });
    expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(server.changes).toEqual([]);
  });

  it('reports a lost session once per refused call, and the refusal carries its code', async () => {
    const { server, client, signIns } = signedInClient();
    server.signedIn = false;

    const refusal = await client.request('GET', '/api/statements').catch((e: unknown) => e);

    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 401, code: 'auth.required' });
    expect(signIns()).toBe(1);
  });

  it('does not send anyone to sign in for a call whose 401 is its answer', async () => {
    const { server, client, signIns } = signedInClient();
    server.signedIn = false;

    await client.request('GET', '/api/auth/me', undefined, { signedOutIsAnswer: true }).catch(() => undefined);
    await client.request('POST', '/api/auth/sign-in', { email: 'a@example.org', password: 'wrong' }, { signedOutIsAnswer: true }).catch(() => undefined);

    expect(signIns()).toBe(0);
  });

  it('reads how long to wait from Retry-After', async () => {
    const { server, client } = signedInClient();
    server.canned.push(new Response(JSON.stringify({ code: 'rate.limited', detail: 'Too many attempts' }), { status: 429, headers: { 'retry-after': '42' } }));

    const refusal = await client.request('GET', '/api/statements').catch((e: unknown) => e);

    expect(refusal).toMatchObject({ status: 429, code: 'rate.limited', retryAfterSeconds: 42, message: 'Too many attempts' });
  });

  it('says so when the server cannot be reached', async () => {
    const client = new HttpApi(unreachable);

    await expect(client.request('GET', '/api/statements')).rejects.toMatchObject({ status: 0, message: 'The server cannot be reached.' });
  });

  it('sends a file upload as a multipart form written by the browser, with the anti-forgery token', async () => {
    const sent: { body: unknown; headers: Record<string, string> }[] = [];
    const client = new HttpApi(async (_path, init) => {
      sent.push({ body: init.body, headers: init.headers as Record<string, string> });
      const answer = _path === '/api/auth/antiforgery' ? { token: 't1' } : { id: 's1', warnings: ['1 image was left out: “Map”.'] };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const form = new FormData();
    form.append('file', new Blob(['docx bytes']), 'letter.docx');

    const answer = await client.request<{ warnings: string[] }>('POST', '/api/statements/import', form);

    const upload = sent[sent.length - 1];
    expect(upload.body).toBe(form);
    expect(upload.headers['content-type']).toBeUndefined();
    expect(upload.headers['X-CSRF-TOKEN']).toBe('t1');
    expect(answer.warnings).toEqual(['1 image was left out: “Map”.']);
  });

  it('answers a 204 with nothing', async () => {
    const { client } = signedInClient();

    await expect(client.request('POST', '/api/auth/sign-out')).resolves.toBeUndefined();
  });
});

describe('the session through the api', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    http.forgetCsrfToken();
  });

  it('changes things with the token sign-in answers with, not the one it had before', async () => {
    const server = new FakeAuthServer();
    vi.stubGlobal('fetch', server.fetch);

    await api.signIn('ana@example.org', 'correct horse battery');
    await api.createStatement('Letter', '');

    expect(server.seen.map((r) => r.path)).toEqual(['/api/auth/antiforgery', '/api/auth/sign-in', '/api/statements']);
    expect(server.seen[2].csrf).toBe(server.currentToken);
    expect(server.changes).toEqual(['POST /api/statements']);
  });

  it('forgets the token at sign-out, so the next person asks for their own', async () => {
    const server = new FakeAuthServer();
    vi.stubGlobal('fetch', server.fetch);
    await api.signIn('ana@example.org', 'correct horse battery');
    await api.signOut();

    server.signedIn = true;
    await api.createStatement('Letter', '');

    expect(server.seen.map((r) => r.path)).toEqual([
      '/api/auth/antiforgery',
      '/api/auth/sign-in',
      '/api/auth/sign-out',
      '/api/auth/antiforgery',
      '/api/statements',
    ]);
  });

  it('knows nobody is signed in without sending anyone to the sign-in page', async () => {
    const server = new FakeAuthServer();
    vi.stubGlobal('fetch', server.fetch);
    const signIns = vi.fn();
    const stop = http.onSignInRequired(signIns);

    await expect(api.me()).resolves.toBeNull();
    stop();

    expect(signIns).not.toHaveBeenCalled();
  });

  it('treats signing out of a session that had already ended as done', async () => {
    const server = new FakeAuthServer();
    vi.stubGlobal('fetch', server.fetch);

    await expect(api.signOut()).resolves.toBeUndefined();
  });
});
