// A minimal client of a SignalR hub over WebSockets with the JSON hub protocol, written for the load benchmark:
// handshake, invocations with completions, pings; each incoming server-to-client invocation is handed over as the
// raw JSON text, so a client that does not need a broadcast does not parse it. @microsoft/signalr does the same
// work and more for every message (parsing, dispatch, promises), which at hundreds of editors on one machine made
// the generator the bottleneck. Messages are JSON texts each ended by the record separator 0x1E
// (https://github.com/dotnet/aspnetcore/blob/main/src/SignalR/docs/specs/HubProtocol.md).
import WebSocket from 'ws';

const SEPARATOR = '\u001e';
const INVOCATION = 1;
const COMPLETION = 3;
const PING = 6;
const CLOSE = 7;
// The server closes a connection it has heard nothing from for 30 s (ClientTimeoutInterval); idle clients ping.
const PING_MS = 15_000;

/**
 * Connects to the hub at `url` (http or https) with `token` as access_token and completes the handshake.
 * `onInvocation(json)` receives the text of every invocation the server sends (parse it only if needed);
 * `onClose()` is called if the connection ends without `close()`.
 */
export async function connectHub(url, token, { onInvocation = () => {}, onClose = () => {} } = {}) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}?access_token=${encodeURIComponent(token)}`);
  socket.on('error', () => {});
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const pending = new Map();
  let nextId = 0;
  let closing = false;
  let handshake;
  const handshaken = new Promise((resolve, reject) => {
    handshake = { resolve, reject };
  });
  socket.on('message', (data) => {
    const text = data.toString();
    let start = 0;
    for (let end = text.indexOf(SEPARATOR); end >= 0; start = end + 1, end = text.indexOf(SEPARATOR, start)) {
      const message = text.slice(start, end);
      if (handshake) {
        const answer = JSON.parse(message);
        if (answer.error) {
          handshake.reject(new Error(`Hub handshake refused: ${answer.error}`));
        } else {
          handshake.resolve();
        }
        handshake = null;
        continue;
      }
      // The server writes "type" first; anything else is parsed to find it.
      const type = message.startsWith('{"type":') ? Number(message[8]) : JSON.parse(message).type;
      if (type === INVOCATION) {
        onInvocation(message);
      } else if (type === COMPLETION) {
        const completion = JSON.parse(message);
        const call = pending.get(completion.invocationId);
        pending.delete(completion.invocationId);
        if (completion.error) {
          call?.reject(new Error(completion.error));
        } else {
          call?.resolve(completion.result);
        }
      } else if (type === CLOSE) {
        socket.close();
      }
    }
  });
  socket.on('close', () => {
    clearInterval(pinger);
    for (const call of pending.values()) {
      call.reject(new Error('The connection closed.'));
    }
    pending.clear();
    handshake?.reject(new Error('The connection closed during the handshake.'));
    if (!closing) {
      onClose();
    }
  });
  const pinger = setInterval(() => socket.send(JSON.stringify({ type: PING }) + SEPARATOR), PING_MS);
  socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + SEPARATOR);
  await handshaken;
  return {
    /** Calls hub method `target` and resolves with its result, or rejects with the server's error message. */
    invoke(target, ...args) {
      const invocationId = String(++nextId);
      const result = new Promise((resolve, reject) => pending.set(invocationId, { resolve, reject }));
      socket.send(JSON.stringify({ type: INVOCATION, invocationId, target, arguments: args }) + SEPARATOR);
      return result;
    },
    close() {
      closing = true;
      clearInterval(pinger);
      socket.close();
      return new Promise((resolve) => (socket.readyState === WebSocket.CLOSED ? resolve() : socket.once('close', resolve)));
    },
  };
}
