// Hocuspocus (Yjs, in memory). Editors speak Hocuspocus's protocol over a `ws` socket of their own and send the
// Yjs update of each insert, placed by one shared reader of the document (see connectEditor); the observer reads
// inserts off the updates it receives; the document's creator uses @hocuspocus/provider. Awareness is off everywhere: the other clients send no
// presence either.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
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

  // A light editor: a socket of its own that speaks Hocuspocus's protocol (auth, Yjs sync, updates) and sends the
  // update a Yjs client sends for its insert, but keeps no Y.Doc. Where to insert comes from one reader per document
  // and generator: a client whose Y.Doc integrates what the server broadcasts, so every insert refers only to
  // characters the server already has, exactly as an editor's own Y.Doc would. What editors receive is read off
  // the socket and dropped. Integrating every update in every editor's Y.Doc, as a provider would to render it,
  // costs the generator N² integrations a second and left it, not the server, the bottleneck from N = 50.
  async connectEditor(endpoint, doc, id, onError) {
    const reader = await readerFor(endpoint, doc.name, onError);
    const socket = await connected(endpoint, doc.name, onError, () => {});
    const client = newClientId();
    let clock = 0;
    return {
      submit(token) {
        const { left, right } = reader.neighbours(Math.floor(Math.random() * (reader.text.length + 1)));
        socket.send(syncMessage(doc.name, SYNC_UPDATE, insertUpdate(client, clock, left, right, token)));
        clock += token.length;
      },
      close() {
        socket.close();
        reader.release();
      },
    };
  },

  // The observer reads the inserted strings off the updates it receives (Yjs's own decoder, no integration), as
  // CoDraft's observer reads them off the ops: a Y.Text event's delta is computed by walking the whole text, which
  // at a few hundred editors made the observer itself the bottleneck.
  async connectObserver(endpoint, doc, onInserted) {
    const socket = await connected(endpoint, doc.name, () => {}, (update) => {
      for (const struct of Y.decodeUpdate(update).structs) {
        if (typeof struct.content?.str === 'string') {
          onInserted(struct.content.str);
        }
      }
    });
    return { close: () => socket.close() };
  },
};

// Message types of Hocuspocus's protocol (a document name, then one of these) and of Yjs's sync protocol inside.
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_SYNC_REPLY = 4;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;
// Item encoding: the content type (string) and whether an origin and a right origin follow.
const CONTENT_STRING = 4;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
// What a client with nothing sends: an empty update (no structs, no deletions) and an empty state vector.
const EMPTY_UPDATE = new Uint8Array([0, 0]);
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

/**
 * A socket that has authenticated (with an empty token, as a provider without one does) and received the
 * document's state: `onUpdate(update)` gets that state and every update the server sends after it. The server's
 * request for what this client has (sync step 1) is answered with `state()`.
 */
async function connected(endpoint, name, onError, onUpdate, state = () => EMPTY_UPDATE) {
  const socket = new WebSocket(endpoint.url);
  socket.binaryType = 'nodebuffer';
  socket.on('error', () => {});
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let closing = false;
  const synced = new Promise((resolve, reject) => {
    socket.on('message', (data) => {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC || type === MESSAGE_SYNC_REPLY) {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC_STEP1) {
          socket.send(syncMessage(name, SYNC_STEP2, state(payload)));
          return;
        }
        onUpdate(payload);
        if (step === SYNC_STEP2) {
          resolve();
        }
      } else if (type === MESSAGE_AUTH && decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) {
        reject(new Error(`Hocuspocus refused the connection: ${decoding.readVarString(decoder)}`));
      }
    });
    socket.on('close', () => {
      if (!closing) {
        onError('socket.closed');
        reject(new Error('Hocuspocus closed the connection'));
      }
    });
  });
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, name);
  encoding.writeVarUint(auth, MESSAGE_AUTH);
  encoding.writeVarUint(auth, AUTH_TOKEN);
  encoding.writeVarString(auth, '');
  socket.send(encoding.toUint8Array(auth));
  socket.send(syncMessage(name, SYNC_STEP1, EMPTY_STATE_VECTOR));
  await synced;
  return {
    send: (message) => socket.send(message),
    close() {
      closing = true;
      socket.close();
    },
  };
}

const readers = new Map();

/**
 * The reader of document `name` in this process, shared by its editors and closed with the last of them. Updates
 * are integrated when an editor next asks where to insert, in one transaction.
 */
function readerFor(endpoint, name, onError) {
  let entry = readers.get(name);
  if (!entry) {
    entry = { users: 0, ready: openReader(endpoint, name, onError, () => readers.delete(name)) };
    readers.set(name, entry);
  }
  entry.users++;
  return entry.ready.then((reader) => ({
    ...reader,
    release() {
      if (--entry.users === 0) {
        readers.delete(name);
        reader.close();
      }
    },
  }));
}

async function openReader(endpoint, name, onError) {
  const document = new Y.Doc();
  const text = document.getText(TEXT);
  let held = [];
  const integrate = () => {
    if (held.length > 0) {
      const updates = held;
      held = [];
      Y.transact(document, () => updates.forEach((update) => Y.applyUpdate(document, update)));
    }
  };
  const socket = await connected(endpoint, name, onError, (update) => held.push(update),
    (stateVector) => Y.encodeStateAsUpdate(document, stateVector));
  integrate();
  return {
    text: {
      get length() {
        integrate();
        return text.length;
      },
    },
    /**
     * The IDs of the characters either side of `index` in the document as the server has sent it (null at either
     * end): what a Yjs client writes as an insert's origin and right origin.
     */
    neighbours(index) {
      integrate();
      let left = null;
      let at = 0;
      for (let item = text._start; item !== null; item = item.right) {
        if (item.deleted || !item.countable) {
          continue;
        }
        if (at + item.length > index - 1 && left === null && index > 0) {
          left = { client: item.id.client, clock: item.id.clock + (index - 1 - at) };
        }
        if (at + item.length > index) {
          return { left, right: { client: item.id.client, clock: item.id.clock + (index - at) } };
        }
        at += item.length;
      }
      return { left, right: null };
    },
    close: () => socket.close(),
  };
}

/**
 * The Yjs update (v1 encoding) by which client `client` inserts `token` as its characters from `clock` on between
 * the characters `left` and `right`: one client, one string item with its origins, no deletions. This is what
 * `Y.encodeStateAsUpdate` gives for the same insert made in a Y.Doc.
 */
function insertUpdate(client, clock, left, right, token) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, CONTENT_STRING | (left ? HAS_ORIGIN : 0) | (right ? HAS_RIGHT_ORIGIN : 0));
  if (left) {
    encoding.writeVarUint(encoder, left.client);
    encoding.writeVarUint(encoder, left.clock);
  }
  if (right) {
    encoding.writeVarUint(encoder, right.client);
    encoding.writeVarUint(encoder, right.clock);
  }
  if (!left && !right) {
    // Into an empty document: the item names its parent, the root type.
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, TEXT);
  }
  encoding.writeVarString(encoder, token);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** A Yjs client ID: a random unsigned 32-bit number, as Yjs makes them. */
function newClientId() {
  return randomBytes(4).readUInt32LE(0);
}

/** A Yjs sync message (step 1 carries a state vector, step 2 and update an update) for document `name`. */
function syncMessage(name, step, payload) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

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
