// CoDraft: the built server (SQLite, every op durably committed before it is broadcast), over WebSockets with the
// JSON hub protocol (what browsers use), through the minimal hub client in hub-json.mjs. Editors do no client OT:
// each op is made on the latest version the statement's reader has seen and inserts at a position within the
// length it knows; the server transforms it. As with the other servers, one reader per statement and generator
// follows the broadcasts (version and length); an editor reads what its own socket receives only as far as telling
// its own calls' answers from broadcasts, which it drops unparsed. The server's work is the same as for editors
// that each parse every broadcast, as they did with @microsoft/signalr until 2026-12-06 (the codraft-signalr.mjs
// code, still used by the codraft-msgpack target).
import { codraftTarget } from './codraft-signalr.mjs';
import { connectHub } from './hub-json.mjs';
import { codePoints, insertOp, insertedTexts, lengthChange } from '../tokens.mjs';

const HUB_PATH = '/hubs/draft';
const base = codraftTarget('codraft', 'json');

export default {
  name: 'codraft',
  start: base.start,
  openDocument: base.openDocument,

  async connectEditor(endpoint, doc, id, onError) {
    const reader = await readerFor(endpoint, doc);
    const hub = await connectHub(endpoint.base + HUB_PATH, endpoint.token, { onClose: () => onError('socket.closed') });
    await hub.invoke('Join', doc.statementId);
    const clientId = `load-${id}`;
    let seq = 0;
    return {
      submit(text) {
        const position = Math.floor(Math.random() * (reader.length + 1));
        hub.invoke('Submit', {
          statementId: doc.statementId,
          baseVersion: reader.version,
          clientId,
          seq: seq++,
          op: insertOp(position, text),
        }).catch((e) => onError(errorCode(e)));
      },
      async close() {
        await hub.close();
        await reader.release();
      },
    };
  },

  async connectObserver(endpoint, doc, onInserted) {
    const observer = await follow(endpoint, doc, (op) => {
      for (const text of insertedTexts(op)) {
        onInserted(text);
      }
    });
    return { close: () => observer.close() };
  },
};

const readers = new Map();

/** The reader of statement `doc` in this process, shared by its editors and closed with the last of them. */
function readerFor(endpoint, doc) {
  let entry = readers.get(doc.statementId);
  if (!entry) {
    entry = { users: 0, ready: follow(endpoint, doc, () => {}) };
    readers.set(doc.statementId, entry);
  }
  entry.users++;
  return entry.ready.then((reader) => ({
    get version() {
      return reader.version;
    },
    get length() {
      return reader.length;
    },
    async release() {
      if (--entry.users === 0) {
        readers.delete(doc.statementId);
        await reader.close();
      }
    },
  }));
}

/**
 * A connection that has joined the statement and keeps its version and length from the broadcasts, calling
 * `onOp(op)` for each op in version order. Broadcasts can arrive before Join's answer (the server joins the group
 * before it reads the text), so they are held until then, and those the answer already includes are dropped.
 */
async function follow(endpoint, doc, onOp) {
  const state = { version: -1, length: 0 };
  let early = [];
  const apply = (message) => {
    if (message.version <= state.version) {
      return;
    }
    state.version = message.version;
    state.length += lengthChange(message.op);
    onOp(message.op);
  };
  const receive = (json) => {
    const { target, arguments: [payload] } = JSON.parse(json);
    const messages = target === 'OpsCommitted' ? payload.ops : target === 'OpCommitted' ? [payload] : [];
    for (const message of messages) {
      if (early) {
        early.push(message);
      } else {
        apply(message);
      }
    }
  };
  const hub = await connectHub(endpoint.base + HUB_PATH, endpoint.token, { onInvocation: receive });
  const joined = await hub.invoke('Join', doc.statementId);
  state.version = joined.version;
  state.length = codePoints(joined.text);
  const held = early;
  early = null;
  held.forEach(apply);
  return {
    get version() {
      return state.version;
    },
    get length() {
      return state.length;
    },
    close: () => hub.close(),
  };
}

/** The stable code a hub refusal starts with ("code: detail"), or the error's message. */
function errorCode(error) {
  const match = /([a-z_]+\.[a-z_.]+):/.exec(String(error?.message ?? ''));
  return match ? match[1] : String(error?.message ?? 'error');
}
