import { setTimeout as sleep } from 'node:timers/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LatencyRecorder } from './latency.mjs';
import { ProcessMeter } from './proc-stats.mjs';
import { startObserver } from './observer.mjs';
import { token } from './tokens.mjs';

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
  let observer = null;
  const timers = [];
  try {
    const doc = await target.openDocument(server.endpoint);
    observer = await startObserver(target.name, server.endpoint, doc.ref, (key, at) => recorder.received(key, at));
    doc.release();
    const ids = Array.from({ length: editors }, (_, i) => i);
    const connected = await inBatches(ids, CONNECT_CONCURRENCY, async (id) => {
      const editor = await target.connectEditor(server.endpoint, doc.ref, id, onError);
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
    // How late the generator's own event loop runs: when it is late, editors send late and their receive backlog
    // grows, and the row says more about the generator than about the server.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    meter.start();
    loopDelay.enable();
    recorder.startWindow(seconds);
    await sleep(seconds * 1000);
    const windowSeconds = recorder.endWindow();
    loopDelay.disable();
    const usage = meter.stop(windowSeconds);
    timers.forEach((t) => clearTimeout(t));
    await recorder.drain(DRAIN_TIMEOUT_MS);
    return {
      server: target.name,
      editors,
      offered: editors * rate,
      ...recorder.result(windowSeconds),
      ...usage,
      // No sample at all means the loop never came round to its timers during the window.
      generatorLagP99: loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : windowSeconds * 1000,
      errors: Object.fromEntries(errors),
    };
  } finally {
    timers.forEach((t) => clearTimeout(t));
    await withTimeout(Promise.allSettled(clients.map((c) => c.close())), CLOSE_TIMEOUT_MS);
    if (observer) {
      await withTimeout(observer.close(), CLOSE_TIMEOUT_MS);
      await observer.terminate();
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
