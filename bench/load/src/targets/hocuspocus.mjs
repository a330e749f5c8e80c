// Hocuspocus (Yjs, in memory) through @hocuspocus/provider in Node with `ws` as the WebSocket. Each editor has
// its own Y.Doc and its own socket. Awareness is off: the other clients send no presence either, and the steady
// stream of edits keeps the provider's idle-reconnect check satisfied.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { freePort, portOpen, startProcess } from '../server-process.mjs';
import { SEED_TEXT } from '../tokens.mjs';

/**
 * `ws` with an 'error' listener from the start: destroying a provider whose socket is still reconnecting makes ws
 * emit 'error', which without a listener ends the whole process (it did, at N = 300 on a loaded machine). The
 * provider learns of the failure from the socket's close all the same.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.on('error', () => {});
  }
}

const SERVER = fileURLToPath(new URL('../servers/hocuspocus-server.mjs', import.meta.url));
const TEXT = 'body';

export default {
  name: 'hocuspocus',

  async start({ workDir }) {
    const port = await freePort();
    const child = await startProcess(process.execPath, [SERVER, String(port)], join(workDir, `hocuspocus-${port}.log`),
      () => portOpen(port));
    return { ...child, endpoint: { url: `ws://127.0.0.1:${port}` } };
  },

  // Hocuspocus unloads a document when its last client leaves, so the creator stays until the observer is there.
  async openDocument(endpoint) {
    const name = `load-${Date.now()}`;
    const creator = await synced(endpoint, name);
    creator.text.insert(0, SEED_TEXT);
    return { ref: { name }, release: () => creator.provider.destroy() };
  },

  async connectEditor(endpoint, doc, id, onError) {
    const { provider, text } = await synced(endpoint, doc.name);
    let closing = false;
    provider.on('close', () => closing || onError('socket.closed'));
    return {
      submit(token) {
        text.insert(Math.floor(Math.random() * (text.length + 1)), token);
      },
      close() {
        closing = true;
        provider.destroy();
      },
    };
  },

  async connectObserver(endpoint, doc, onInserted) {
    const { provider, text } = await synced(endpoint, doc.name);
    text.observe((event) => {
      for (const change of event.delta) {
        if (typeof change.insert === 'string') {
          onInserted(change.insert);
        }
      }
    });
    return { close: () => provider.destroy() };
  },
};

async function synced(endpoint, name) {
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: endpoint.url,
    name,
    document,
    awareness: null,
    WebSocketPolyfill: QuietWebSocket,
  });
  await new Promise((resolve) => provider.on('synced', resolve));
  return { provider, text: document.getText(TEXT) };
}
