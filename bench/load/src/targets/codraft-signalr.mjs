// CoDraft through @microsoft/signalr, with the JSON or the MessagePack hub protocol (target codraft-msgpack): the
// built server (SQLite, durable group commit), started and signed into as the codraft target does. Editors call the
// hub directly and do no client OT: each op is made on the latest version the editor has seen and inserts at a
// position within the length it knows; the server transforms it.
import { join } from 'node:path';
import * as signalR from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { freePort, startProcess } from '../server-process.mjs';
import { leadToken, postWithToken } from './codraft-account.mjs';
import { codePoints, insertOp, insertedTexts, lengthChange, SEED_TEXT } from '../tokens.mjs';

const HUB_PATH = '/hubs/draft';

/**
 * The CoDraft target speaking `protocol`: 'json' (what browsers use) or 'msgpack'. With MessagePack, property names
 * are as in C# (PascalCase); ops have the same shape in both.
 */
export function codraftTarget(name, protocol) {
  const msgpack = protocol === 'msgpack';
  const k = Object.fromEntries(['statementId', 'baseVersion', 'clientId', 'seq', 'op', 'ops', 'version', 'text']
    .map((key) => [key, msgpack ? key[0].toUpperCase() + key.slice(1) : key]));
  return {
  name,

  async start({ repoRoot, workDir, codraftDll }) {
    const port = await freePort();
    const dll = codraftDll ?? join(repoRoot, 'src/CoDraft.Server/bin/Release/net10.0/CoDraft.Server.dll');
    const args = [
      dll,
      '--urls', `http://127.0.0.1:${port}`,
      `--Storage:SqlitePath=${join(workDir, `codraft-${port}.db`)}`,
      // 5 ops/s per editor is far below these; they are raised so that the limit can never be what is measured.
      '--Hub:MaxOpsPerSecond=100',
      '--Hub:Burst=200',
      // A log line per request would cost the server more than the work measured.
      '--Logging:LogLevel:Default=Warning',
      // Plain http on loopback: the session cookie used while signing in cannot be Secure.
      '--Auth:CookieSecurePolicy=SameAsRequest',
    ];
    const base = `http://127.0.0.1:${port}`;
    const logFile = join(workDir, `codraft-${port}.log`);
    const child = await startProcess('dotnet', args, logFile, async () => (await fetch(`${base}/health/ready`)).ok);
    try {
      return { ...child, endpoint: { base, token: await leadToken(base, logFile) } };
    } catch (e) {
      await child.stop();
      throw e;
    }
  },

  async openDocument(endpoint) {
    const statement = await postWithToken(endpoint.base, endpoint.token, '/api/statements', { title: 'Load benchmark', text: SEED_TEXT });
    return { ref: { statementId: statement.id }, release() {} };
  },

  async connectEditor(endpoint, doc, id, onError) {
    const client = await joined(endpoint, doc, k, msgpack);
    const clientId = `load-${id}`;
    let seq = 0;
    return {
      submit(text) {
        const position = Math.floor(Math.random() * (client.length + 1));
        client.connection
          .invoke('Submit', {
            [k.statementId]: doc.statementId,
            [k.baseVersion]: client.version,
            [k.clientId]: clientId,
            [k.seq]: seq++,
            [k.op]: insertOp(position, text),
          })
          .catch((e) => onError(errorCode(e)));
      },
      close: () => client.connection.stop(),
    };
  },

  async connectObserver(endpoint, doc, onInserted) {
    const client = await joined(endpoint, doc, k, msgpack, (op) => {
      for (const text of insertedTexts(op)) {
        onInserted(text);
      }
    });
    return { close: () => client.connection.stop() };
  },
  };
}

/**
 * A connection that has joined the statement and keeps its version and length up to date from the broadcasts.
 * Broadcasts can arrive before Join's answer (the server joins the group before it reads the text), so they are
 * held until then and those the answer already includes are dropped.
 */
async function joined(endpoint, doc, k, msgpack, onOp = () => {}) {
  let builder = new signalR.HubConnectionBuilder()
    .withUrl(`${endpoint.base}${HUB_PATH}`, {
      skipNegotiation: true,
      transport: signalR.HttpTransportType.WebSockets,
      accessTokenFactory: () => endpoint.token,
    })
    .configureLogging(signalR.LogLevel.None);
  if (msgpack) {
    builder = builder.withHubProtocol(new MessagePackHubProtocol());
  }
  const connection = builder.build();
  const client = { connection, version: -1, length: 0 };
  let early = [];
  const apply = (message) => {
    if (message[k.version] <= client.version) {
      return;
    }
    client.version = message[k.version];
    client.length += lengthChange(message[k.op]);
    onOp(message[k.op]);
  };
  connection.on('OpCommitted', (message) => (early ? early.push(message) : apply(message)));
  connection.on('OpsCommitted', (batch) => batch[k.ops].forEach((message) => (early ? early.push(message) : apply(message))));
  connection.on('PresenceChanged', () => {});
  connection.on('PresenceLeft', () => {});
  await connection.start();
  const join = await connection.invoke('Join', doc.statementId);
  client.version = join[k.version];
  client.length = codePoints(join[k.text]);
  const held = early;
  early = null;
  held.forEach(apply);
  return client;
}

/** The stable code a hub refusal starts with ("code: detail"), or the error's name. */
function errorCode(error) {
  const match = /([a-z_]+\.[a-z_.]+):/.exec(String(error?.message ?? ''));
  return match ? match[1] : (error?.name ?? 'error');
}
