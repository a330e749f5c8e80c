// ShareDB with its in-memory database, on loopback, one WebSocket per client. Started by the benchmark as a
// process of its own so that its CPU and memory can be read from /proc.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import ShareDB from 'sharedb';
import WebSocketJSONStream from '@teamwork/websocket-json-stream';
import otText from 'ot-text-unicode';

const port = Number(process.argv[2]);
ShareDB.types.register(otText.type);
const backend = new ShareDB();
const http = createServer();
const sockets = new WebSocketServer({ server: http });
sockets.on('connection', (socket) => {
  socket.on('error', () => {});
  backend.listen(new WebSocketJSONStream(socket));
});
http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
