// Signs a fresh CoDraft server in for the load benchmark, as a coalition's first person would: the one-time setup
// token the server printed makes an administrator, who signs in and creates an organisation and invites a lead to it; the lead
// accepts and makes a personal access token. Every editor then connects with that token (`access_token` on the hub,
// a bearer header on REST), as the README's first session with curl does.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PASSWORD = 'load benchmark password';

/** A session's cookie and anti-forgery token, kept between requests of one person. */
class CookieSession {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = null;
  }

  async post(path, body) {
    const headers = { 'content-type': 'application/json' };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (this.csrf) {
      headers['x-csrf-token'] = this.csrf;
    }
    const response = await fetch(`${this.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const answer = await answerOf(response, path);
    if (answer?.csrfToken) {
      this.csrf = answer.csrfToken;
    }
    return answer;
  }
}

/** POSTs with a bearer token. */
export async function postWithToken(base, token, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return answerOf(response, path);
}

async function answerOf(response, path) {
  if (!response.ok) {
    throw new Error(`POST ${path} failed: ${response.status} ${await response.text()}`);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The setup token the server printed on standard output (into its log file), once it is there. */
async function setupToken(logFile) {
  for (let i = 0; i < 50; i++) {
    const match = /cds_[A-Za-z0-9_-]+/.exec(readFileSync(logFile, 'utf8'));
    if (match) {
      return match[0];
    }
    await sleep(100);
  }
  throw new Error(`The server printed no setup token into ${logFile}.`);
}

/** A personal access token of a lead of an organisation, on a server that has no administrator yet. */
export async function leadToken(base, logFile) {
  const admin = new CookieSession(base);
  await admin.post('/api/auth/setup', { token: await setupToken(logFile), email: 'admin@load.example', name: 'Load Admin', password: PASSWORD });
  await admin.post('/api/auth/sign-in', { email: 'admin@load.example', password: PASSWORD });
  const adminToken = (await admin.post('/api/tokens', { name: 'load admin', expiresInDays: 1 })).token;
  const organisation = await postWithToken(base, adminToken, '/api/organisations', { name: 'Load Coalition', country: 'DE', type: 'Ngo' });
  const invitation = await postWithToken(base, adminToken, '/api/invitations',
    { email: 'lead@load.example', organisationId: organisation.id, organisationAdmin: true });
  await new CookieSession(base).post('/api/invitations/accept', { token: invitation.token, name: 'Load Lead', password: PASSWORD });
  const lead = new CookieSession(base);
  await lead.post('/api/auth/sign-in', { email: 'lead@load.example', password: PASSWORD });
  return (await lead.post('/api/tokens', { name: 'load lead', expiresInDays: 1 })).token;
}
