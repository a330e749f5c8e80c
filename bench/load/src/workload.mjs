import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyRecorder } from './latency.mjs';
import { ProcessMeter } from './proc-stats.mjs';
import { forEachToken, token } from './tokens.mjs';

// Clients connect this many at a time, so that hundreds of handshakes don't arrive at once.
const CONNECT_CONCURRENCY = 25;
// Tokens sent in the window that have not arrived this long after it ended count as lost.
const DRAIN_TIMEOUT_MS = 5_000;
// Closing clients must not hang the sweep.
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * One point of the sweep: a fresh server, one document, one observer and `editors` editors each inserting a
 * token every 1/rate seconds; figures over `seconds` after `warmupSeconds`.
 */
export async function runPoint(target, context, { editors, rate, seconds, warmupSeconds }) {
  const server = await target.start(context);
  const recorder = new LatencyRecorder();
  const errors = new Map();
  const onError = (code) => errors.set(code, (errors.get(code) ?? 0) + 1);
  const clients = [];
  let doc = null;
  const timers = [];
  try {
    doc = await target.openDocument(server);
    clients.push(await target.connectObserver(server, doc, (text) => forEachToken(text, (key) => recorder.received(key))));
    const ids = Array.from({ length: editors }, (_, i) => i);
    const connected = await inBatches(ids, CONNECT_CONCURRENCY, async (id) => {
      const editor = await target.connectEditor(server, doc, id, onError);
      clients.push(editor);
      return editor;
    });

    const periodMs = 1000 / rate;
    connected.forEach((editor, id) => {
      let seq = 0;
      const tick = () => {
        const key = token(id, seq++);
        recorder.sent(key);
        editor.submit(key);
      };
      // Editors start at random phases so that the load is spread over each period rather than in bursts.
      timers.push(setTimeout(() => {
        tick();
        timers.push(setInterval(tick, periodMs));
      }, Math.random() * periodMs));
    });

    await sleep(warmupSeconds * 1000);
    const meter = new ProcessMeter(server.pid);
    meter.start();
    recorder.startWindow();
    await sleep(seconds * 1000);
    const windowSeconds = recorder.endWindow();
    const usage = meter.stop(windowSeconds);
    timers.forEach((t) => clearTimeout(t));
    await recorder.drain(DRAIN_TIMEOUT_MS);
    return {
      server: target.name,
      editors,
      offered: editors * rate,
      ...recorder.result(windowSeconds),
      ...usage,
      errors: Object.fromEntries(errors),
    };
  } finally {
    timers.forEach((t) => clearTimeout(t));
    await withTimeout(Promise.allSettled(clients.map((c) => c.close())), CLOSE_TIMEOUT_MS);
    if (doc) {
      target.closeDocument(doc);
    }
    await server.stop();
  }
}

async function inBatches(items, size, start) {
  const results = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(start))));
  }
  return results;
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => { timer = setTimeout(resolve, ms); })])
    .finally(() => clearTimeout(timer));
}
