// The observer: one more client of the document, on a thread of its own, so that the moment it sees an edit is
// not delayed behind the editors' share of the fan-out on the main thread. It stamps every token it finds and
// sends the stamps to the main thread, which knows the send times.
import { parentPort, workerData } from 'node:worker_threads';
import { now } from './clock.mjs';
import { forEachToken } from './tokens.mjs';

// Stamps are passed on in batches; their times are taken on arrival, so batching adds no latency to the figures.
const FLUSH_MS = 20;

const { targetName, endpoint, doc } = workerData;
const target = (await import(`./targets/${targetName}.mjs`)).default;
let stamps = [];
const flush = () => {
  if (stamps.length > 0) {
    parentPort.postMessage({ stamps });
    stamps = [];
  }
};
const client = await target.connectObserver(endpoint, doc, (text) => {
  const at = now();
  forEachToken(text, (key) => stamps.push(key, at));
});
const timer = setInterval(flush, FLUSH_MS);
parentPort.on('message', async (message) => {
  if (message === 'close') {
    clearInterval(timer);
    flush();
    await client.close();
    parentPort.close();
  }
});
parentPort.postMessage({ ready: true });
