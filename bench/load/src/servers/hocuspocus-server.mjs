// Hocuspocus without persistence extensions (documents live in memory), on loopback. Started by the benchmark
// as a process of its own so that its CPU and memory can be read from /proc. Hocuspocus's own Server class
// passes its address option where Node expects `host`, so it would listen on every interface: the WebSocket
// server here is bound explicitly and hands connections to Hocuspocus.
import { WebSocketServer } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';

const port = Number(process.argv[2]);
const hocuspocus = new Hocuspocus({ quiet: true });
const sockets = new WebSocketServer({ host: '127.0.0.1', port });
sockets.on('connection', (socket, request) => {
  socket.on('error', () => {});
  hocuspocus.handleConnection(socket, request);
});
process.on('SIGTERM', () => process.exit(0));
