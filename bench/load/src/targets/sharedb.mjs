// ShareDB (in-memory, text-unicode) through its own client Doc over a `ws` WebSocket: the Doc keeps one op in
// flight, composes the rest, and transforms incoming ops, which is what ShareDB's protocol needs.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import ShareDB from 'sharedb/lib/client/index.js';
import otText from 'ot-text-unicode';
import { freePort, portOpen, startProcess } from '../server-process.mjs';
import { codePoints, insertOp, insertedTexts, lengthChange, SEED_TEXT } from '../tokens.mjs';

const SERVER = fileURLToPath(new URL('../servers/sharedb-server.mjs', import.meta.url));
const COLLECTION = 'statements';

ShareDB.types.register(otText.type);

export default {
  name: 'sharedb',

  async start({ workDir }) {
    const port = await freePort();
    const child = await startProcess(process.execPath, [SERVER, String(port)], join(workDir, `sharedb-${port}.log`),
      () => portOpen(port));
    return { ...child, endpoint: { url: `ws://127.0.0.1:${port}` } };
  },

  async openDocument(endpoint) {
    const id = `load-${Date.now()}`;
    const { connection, doc } = await subscribed(endpoint, id);
    await new Promise((resolve, reject) => doc.create(SEED_TEXT, otText.type.uri, (e) => (e ? reject(e) : resolve())));
    connection.close();
    return { ref: { id }, release() {} };
  },

  async connectEditor(endpoint, doc, id, onError) {
    const { connection, doc: shared } = await subscribed(endpoint, doc.id);
    let length = codePoints(shared.data);
    shared.on('op', (op) => {
      length += lengthChange(op);
    });
    shared.on('error', (e) => onError(e?.code ?? 'error'));
    return {
      submit(text) {
        const position = Math.floor(Math.random() * (length + 1));
        shared.submitOp(insertOp(position, text), (e) => e && onError(e.code ?? 'error'));
      },
      close: () => connection.close(),
    };
  },

  async connectObserver(endpoint, doc, onInserted) {
    const { connection, doc: shared } = await subscribed(endpoint, doc.id);
    shared.on('op', (op) => {
      for (const text of insertedTexts(op)) {
        onInserted(text);
      }
    });
    return { close: () => connection.close() };
  },
};

async function subscribed(endpoint, id) {
  const socket = new WebSocket(endpoint.url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const connection = new ShareDB.Connection(socket);
  const doc = connection.get(COLLECTION, id);
  await new Promise((resolve, reject) => doc.subscribe((e) => (e ? reject(e) : resolve())));
  return { connection, doc };
}
