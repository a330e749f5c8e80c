// ShareDB (in-memory, text-unicode) over a `ws` WebSocket. Editors and the observer speak ShareDB's protocol
// directly and keep only a version and a length, so that the generator stays light; the document's creator uses
// ShareDB's own client Doc.
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

  // A light editor speaking ShareDB's protocol over the socket itself, with the flow of ShareDB's own client: one
  // op in flight, the edits made meanwhile composed into one pending op, sent when the ack comes. It keeps no
  // snapshot and transforms nothing: an op is made on the latest version seen and inserts within the length this
  // editor knows (the document at that version plus its own unacknowledged edits); the server transforms it.
  async connectEditor(endpoint, doc, id, onError) {
    let inflight = 0;
    let pending = null;
    let pendingLength = 0;
    const connection = await subscribedLight(endpoint, doc.id, onError, {
      acked() {
        connection.length += inflight;
        inflight = 0;
        if (pending) {
          send(pending, pendingLength);
          pending = null;
          pendingLength = 0;
        }
      },
    });
    const send = (op, length) => {
      inflight = length;
      connection.submit(op);
    };
    return {
      submit(text) {
        const length = codePoints(text);
        const op = insertOp(Math.floor(Math.random() * (connection.length + inflight + pendingLength + 1)), text);
        if (!inflight) {
          send(op, length);
        } else {
          pending = pending ? otText.type.compose(pending, op) : op;
          pendingLength += length;
        }
      },
      close: () => connection.close(),
    };
  },

  // The observer reads the inserted strings off the op messages; it applies nothing to a snapshot, as CoDraft's
  // observer applies nothing to a text.
  async connectObserver(endpoint, doc, onInserted) {
    const connection = await subscribedLight(endpoint, doc.id, () => {}, {
      op(op) {
        for (const text of insertedTexts(op)) {
          onInserted(text);
        }
      },
    });
    return { close: () => connection.close() };
  },
};

/**
 * A socket that has done ShareDB's handshake and subscribed to document `id`, and keeps the document's version and
 * length from the ops it receives in version order (ops a submit's reply repeats are recognised by version and
 * skipped). `on.op(op)` sees every op of others, `on.acked()` every ack of this connection's own op, after which
 * `length` does not yet include it.
 */
async function subscribedLight(endpoint, id, onError, on) {
  const socket = new WebSocket(endpoint.url);
  socket.on('error', () => {});
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message) => socket.send(JSON.stringify(message));
  let src = null;
  let seq = 0;
  let closing = false;
  const connection = {
    version: -1,
    length: 0,
    submit(op) {
      send({ a: 'op', c: COLLECTION, d: id, v: connection.version, src, seq: ++seq, op });
    },
    close() {
      closing = true;
      socket.close();
    },
  };
  await new Promise((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      if (message.error) {
        onError(message.error.code ?? 'error');
        if (message.a !== 'op') {
          reject(new Error(`ShareDB refused ${message.a}: ${message.error.message}`));
        }
        return;
      }
      switch (message.a) {
        case 'hs':
          src = message.id;
          send({ a: 's', c: COLLECTION, d: id });
          break;
        case 's':
          connection.version = message.data.v;
          connection.length = codePoints(message.data.data);
          resolve();
          break;
        case 'op':
          if ('op' in message) {
            if (message.v >= connection.version) {
              connection.version = message.v + 1;
              connection.length += lengthChange(message.op);
              on.op?.(message.op);
            }
          } else if (message.src === src) {
            // This connection's op was committed as version v.
            connection.version = Math.max(connection.version, message.v + 1);
            on.acked?.();
          }
          break;
        default:
          break;
      }
    });
    socket.on('close', () => closing || onError('socket.closed'));
    send({ a: 'hs', id: null, protocol: 1, protocolMinor: 2 });
  });
  return connection;
}

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
