// Seeds a fresh CoDraft server through its real API for the public-read benchmark: a lead publishes a statement,
// then N organisations ask to sign on through the public JSON API and the lead approves each one, so the public page
// lists N later signatories. Prints the statement's public slug.
// Usage: node bench/public/seed.mjs <base> <server log file> <signatories>
import { leadToken, postWithToken } from '../load/src/targets/codraft-account.mjs';

const [base, logFile, count = '500'] = process.argv.slice(2);
const token = await leadToken(base, logFile);
const get = async (path) => {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw new Error(`GET ${path} failed: ${response.status} ${await response.text()}`);
  }
  return response.json();
};

const postAnonymously = async (path, body) => {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    throw new Error(`POST ${path} failed: ${response.status} ${await response.text()}`);
  }
  return response.json();
};

const paragraph = 'We, the undersigned organisations, call on the Council and the Parliament to adopt binding targets for '
  + 'clean air in every city by 2030, with public reporting each year and support for the communities most affected.';
const text = `# Open letter on clean air\n\n${Array.from({ length: 12 }, () => paragraph).join('\n\n')}\n`;
const statement = await postWithToken(base, token, '/api/statements', { title: 'Open letter on clean air', text });
const id = statement.id;
await postWithToken(base, token, `/api/statements/${id}/signoff/rounds`, {});
const sha256 = (await get(`/api/statements/${id}/signoff`)).round.current.sha256;
await postWithToken(base, token, `/api/statements/${id}/signoff/decisions`, { decision: 'Approve', sha256 });
await postWithToken(base, token, `/api/statements/${id}/publish`, { publicFrom: null });
const slug = (await get(`/api/statements/${id}/public-page`)).slug;

const countries = ['DE', 'FR', 'BE', 'NL', 'AT', 'IT', 'ES', 'PL', 'SE', 'DK'];
async function signOn(i) {
  const request = await postAnonymously(`/api/public/statements/${slug}/sign-ons`, {
    organisation: `Clean Air Network ${i}`, country: countries[i % countries.length], type: 'Ngo',
    website: `https://network-${i}.example.org`, contactPerson: `Contact ${i}`, email: `contact${i}@network.example.org`, consent: true,
  });
  await postWithToken(base, token, `/api/statements/${id}/sign-ons/${request.id}/approve`, {});
}
const total = Number(count);
for (let i = 0; i < total; i += 8) {
  await Promise.all(Array.from({ length: Math.min(8, total - i) }, (_, k) => signOn(i + k)));
}
console.log(slug);
