// The sign-on burst of publication day (issue 22): N sign-on requests spread evenly over S seconds, sent without
// waiting for answers, each from its own client address as the trusted proxy reports it (X-Forwarded-For; the server
// trusts loopback as its proxy), so the per-address limit applies per client. Mixed in, as on the real day: one
// client that keeps submitting (beyond the per-address limit) and a few forms sent without consent. Afterwards the
// lead's moderation queue is read back: every answer must be a stored request that is in the queue exactly once, or
// a refusal with its code, and nothing may be in the queue that was not answered as stored.
// Usage: node bench/public/signon-burst.mjs <base> <server log file> <requests> <seconds>
import { leadToken } from '../load/src/targets/codraft-account.mjs';
import { getWithToken, publishStatement } from './publish.mjs';

const [base, logFile, requestsArg = '1000', secondsArg = '20'] = process.argv.slice(2);
const requests = Number(requestsArg);
const seconds = Number(secondsArg);
const token = await leadToken(base, logFile);
const { id, slug } = await publishStatement(base, token);

const REPEATER = '198.51.100.7';
const countries = ['DE', 'FR', 'BE', 'NL', 'AT', 'IT', 'ES', 'PL', 'SE', 'DK'];
/** Request i: every 50th comes from the one busy client, every 97th has no consent, the rest are distinct clients. */
function requestOf(i) {
  const address = i % 50 === 25 ? REPEATER : `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  return {
    address,
    body: {
      organisation: `Children's Rights Network ${i}`, country: countries[i % countries.length], type: 'Ngo',
      website: `https://crn-${i}.example.org`, contactPerson: `Contact ${i}`, email: `contact${i}@crn.example.org`,
      consent: i % 97 !== 96,
    },
  };
}

async function send(i) {
  const { address, body } = requestOf(i);
  const started = performance.now();
  const response = await fetch(`${base}/api/public/statements/${slug}/sign-ons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let answer = null;
  try {
    answer = JSON.parse(text);
  } catch {
    // A refusal must be Problem Details; anything else is counted below as an answer without a code.
  }
  return { i, status: response.status, ms, id: response.ok ? answer?.id : null, code: response.ok ? null : answer?.code ?? null };
}

const interval = (seconds * 1000) / requests;
const began = performance.now();
const pending = [];
for (let i = 0; i < requests; i++) {
  const due = began + i * interval;
  const wait = due - performance.now();
  if (wait > 0) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  pending.push(send(i).catch((error) => ({ i, status: 0, ms: performance.now() - began - i * interval, id: null, code: `network: ${error.message}` })));
}
const answers = await Promise.all(pending);
const elapsed = (performance.now() - began) / 1000;

const stored = answers.filter((a) => a.status >= 200 && a.status < 300);
const refused = answers.filter((a) => a.status >= 400 && a.status < 500 && a.code);
const other = answers.filter((a) => !stored.includes(a) && !refused.includes(a));
const codes = {};
for (const a of refused) {
  codes[`${a.status} ${a.code}`] = (codes[`${a.status} ${a.code}`] ?? 0) + 1;
}

const queue = await getWithToken(base, token, `/api/statements/${id}/sign-ons`);
const queued = new Map();
for (const request of queue) {
  queued.set(request.id, (queued.get(request.id) ?? 0) + 1);
}
const lost = stored.filter((a) => !queued.has(a.id)).length;
const doubled = [...queued.values()].filter((n) => n > 1).length;
const answeredIds = new Set(stored.map((a) => a.id));
const unanswered = [...queued.keys()].filter((k) => !answeredIds.has(k)).length;

const latencies = answers.map((a) => a.ms).sort((x, y) => x - y);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
// The busy client may be stored at most as often as the per-address limit allows; the rest must be refused.
const repeaterStored = stored.filter((a) => requestOf(a.i).address === REPEATER).length;
const repeaterRefused = refused.filter((a) => requestOf(a.i).address === REPEATER && a.code === 'publication.sign_on_rate_limited').length;

console.log(`signon-burst requests=${requests} sent_over_s=${elapsed.toFixed(1)} stored=${stored.length} refused=${refused.length} `
  + `other=${other.length} lost=${lost} doubled=${doubled} in_queue_unanswered=${unanswered} `
  + `p50_ms=${pct(50).toFixed(1)} p99_ms=${pct(99).toFixed(1)} max_ms=${latencies.at(-1).toFixed(1)} target_p99_ms=200`);
console.log(`signon-burst refusals ${JSON.stringify(codes)}; the busy client ${REPEATER}: ${repeaterStored} stored, ${repeaterRefused} refused as rate-limited`);
for (const a of other.slice(0, 5)) {
  console.log(`signon-burst unexpected answer: request ${a.i} status ${a.status} ${a.code ?? '(no code)'}`);
}
const ok = other.length === 0 && lost === 0 && doubled === 0 && unanswered === 0 && repeaterRefused > 0;
console.log(`signon-burst ${ok ? 'OK' : 'FAILED'}: every request stored once or refused with its code${pct(99) <= 200 ? '; p99 within 200 ms' : '; p99 OVER 200 ms'}`);
process.exit(ok ? 0 : 1);
