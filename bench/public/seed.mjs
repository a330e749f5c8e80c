// Seeds a fresh CoDraft server through its real API for the public-read benchmark: a lead publishes a statement,
// then N organisations ask to sign on through the public JSON API and the lead approves each one, so the public page
// lists N later signatories. Prints the statement's public slug.
// Usage: node bench/public/seed.mjs <base> <server log file> <signatories>
import { leadToken, postWithToken } from '../load/src/targets/codraft-account.mjs';
import { publishStatement } from './publish.mjs';

const [base, logFile, count = '500'] = process.argv.slice(2);
const token = await leadToken(base, logFile);
const postAnonymously = async (path, body) => {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    throw new Error(`POST ${path} failed: ${response.status} ${await response.text()}`);
  }
  return response.json();
};

const { id, slug } = await publishStatement(base, token);

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
