// Many statements on one node (issue 9): C connections over S statements (default 2,000 over 200), each editing
// connection inserting a token once a second. Reports the server's memory per idle connection and the latency
// from a submit to its receipt by an observer of the same statement. See ../README.md, "Many statements".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import codraft from './targets/codraft.mjs';
import codraftMsgpack from './targets/codraft-msgpack.mjs';
import { LatencyRecorder } from './latency.mjs';
import { ProcessMeter, rssMiB } from './proc-stats.mjs';
import { forEachToken, token } from './tokens.mjs';
import { now } from './clock.mjs';
import { killAll } from './server-process.mjs';

const DEFAULTS = { connections: 2000, statements: 200, rate: 1, seconds: 20, warmup: 5, settle: 5, protocol: 'json' };
// Connections are opened this many at a time, so that the handshakes do not all arrive at once.
const CONNECT_CONCURRENCY = 25;
const DRAIN_TIMEOUT_MS = 5_000;

const options = parse(process.argv.slice(2));
const target = options.protocol === 'msgpack' ? codraftMsgpack : codraft;
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'codraft-many-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await killAll();
    process.exit(1);
  });
}

console.log(`many statements: ${options.connections} connections over ${options.statements} statements, ${options.rate} op/s each, ` +
  `${options.protocol}; ${options.warmup} s warm-up + ${options.seconds} s measured; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
const server = await target.start({ repoRoot, workDir, codraftDll: null });
const editors = [];
const observers = [];
const timers = [];
try {
  const docs = [];
  for (let s = 0; s < options.statements; s++) {
    docs.push((await target.openDocument(server.endpoint)).ref);
  }
  const errors = new Map();
  const onError = (code) => errors.set(code, (errors.get(code) ?? 0) + 1);
  const connect = (ids) => inBatches(ids, CONNECT_CONCURRENCY, async (id) => {
    const editor = await target.connectEditor(server.endpoint, docs[id % docs.length], id, onError);
    editors[id] = editor;
  });

  // First one connection per statement, so that every statement's live document is loaded; memory from here on is
  // the connections'.
  const first = Array.from({ length: Math.min(options.statements, options.connections) }, (_, i) => i);
  await connect(first);
  await sleep(options.settle * 1000);
  const rssBefore = rssMiB(server.pid);
  const rest = Array.from({ length: options.connections - first.length }, (_, i) => first.length + i);
  const connectStart = now();
  await connect(rest);
  const connectSeconds = (now() - connectStart) / 1000;
  await sleep(options.settle * 1000);
  const rssAfter = rssMiB(server.pid);
  const perConnectionKiB = ((rssAfter - rssBefore) * 1024) / rest.length;
  console.log(`idle: RSS ${rssBefore.toFixed(1)} MiB with ${first.length} connections, ${rssAfter.toFixed(1)} MiB with ` +
    `${options.connections} (${rest.length} opened in ${connectSeconds.toFixed(1)} s): ${perConnectionKiB.toFixed(1)} KiB per idle connection`);

  // One observer per statement reports when tokens arrive; editors send at random phases.
  const recorder = new LatencyRecorder();
  for (const doc of docs) {
    observers.push(await target.connectObserver(server.endpoint, doc, (text) => forEachToken(text, (key) => recorder.received(key, now()))));
  }
  const periodMs = 1000 / options.rate;
  editors.forEach((editor, id) => {
    let seq = 0;
    const tick = () => {
      const key = token(id, seq++);
      recorder.sent(key);
      editor.submit(key);
    };
    timers.push(setTimeout(() => {
      tick();
      timers.push(setInterval(tick, periodMs));
    }, Math.random() * periodMs));
  });
  await sleep(options.warmup * 1000);
  const meter = new ProcessMeter(server.pid);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  meter.start();
  loopDelay.enable();
  recorder.startWindow(options.seconds);
  await sleep(options.seconds * 1000);
  const windowSeconds = recorder.endWindow();
  loopDelay.disable();
  const usage = meter.stop(windowSeconds);
  timers.forEach((t) => clearTimeout(t));
  await recorder.drain(DRAIN_TIMEOUT_MS);
  const r = recorder.result(windowSeconds);
  const lag = loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : windowSeconds * 1000;
  console.log(`load: ${r.sentPerSecond.toFixed(0)} edits/s sent, ${r.opsPerSecond.toFixed(0)} received by observers; ` +
    `latency p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; lost ${r.lost}; ` +
    `errors ${JSON.stringify(Object.fromEntries(errors))}; server CPU ${usage.cpu.toFixed(0)} % (sys ${usage.systemCpu.toFixed(0)} %), ` +
    `peak RSS ${usage.rssMiB.toFixed(0)} MiB; generator CPU ${usage.generatorCpu.toFixed(0)} %, loop lag p99 ${lag.toFixed(0)} ms`);
  console.log(`p99 by second of the window: ${r.p99BySecond.map((v) => v.toFixed(0)).join(' ')}`);
  console.log(`many connections=${options.connections} statements=${options.statements} protocol=${options.protocol} ` +
    `kib_per_idle_connection=${perConnectionKiB.toFixed(1)} rss_before_mb=${rssBefore.toFixed(1)} rss_after_mb=${rssAfter.toFixed(1)} ` +
    `ops_s=${r.opsPerSecond.toFixed(1)} p50=${r.p50.toFixed(1)} p99=${r.p99.toFixed(1)} lost=${r.lost} cpu=${usage.cpu.toFixed(1)} ` +
    `gen_cpu=${usage.generatorCpu.toFixed(1)} gen_lag_ms=${lag.toFixed(0)}`);
} finally {
  timers.forEach((t) => clearTimeout(t));
  await Promise.race([Promise.allSettled([...editors, ...observers].filter(Boolean).map((c) => c.close())), sleep(10_000)]);
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
}

async function inBatches(items, size, start) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(start));
  }
}

function parse(argv) {
  const parsed = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    if (!(name in DEFAULTS) || argv[i + 1] === undefined) {
      console.error(`usage: node src/many.mjs [--connections 2000] [--statements 200] [--rate 1] [--seconds 20] [--warmup 5] [--settle 5] [--protocol json|msgpack]`);
      process.exit(2);
    }
    parsed[name] = name === 'protocol' ? argv[i + 1] : Number(argv[i + 1]);
  }
  return parsed;
}
