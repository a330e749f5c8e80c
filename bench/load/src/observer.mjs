import { Worker } from 'node:worker_threads';

const WORKER = new URL('./observer-worker.mjs', import.meta.url);

/**
 * Starts the observer thread for a document and resolves once it has joined. `onReceived(key, at)` is called on the
 * main thread for every token it saw, with the time it saw it.
 */
export function startObserver(targetName, endpoint, doc, onReceived) {
  const worker = new Worker(WORKER, { workerData: { targetName, endpoint, doc } });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message) => {
      if (message.ready) {
        resolve({
          async close() {
            worker.postMessage('close');
            await exited;
          },
          terminate: () => worker.terminate(),
        });
        return;
      }
      const { stamps } = message;
      for (let i = 0; i < stamps.length; i += 2) {
        onReceived(stamps[i], stamps[i + 1]);
      }
    });
  });
}
