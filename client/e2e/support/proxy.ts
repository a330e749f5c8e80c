import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the browser and the server, so that a test can cut the network as a train tunnel would:
 * every open connection (the hub's WebSocket among them) is dropped at once, and new ones are refused until
 * {@link restore} — the browser sees a real lost connection, the server a real disconnect.
 */
export class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private open = true;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<CuttableProxy> {
    const { hostname, port } = new URL(target);
    let proxy: CuttableProxy | undefined;
    const server = createServer((incoming) => {
      if (!proxy!.open) {
        incoming.destroy();
        return;
      }
      const outgoing = connect(Number(port), hostname);
      for (const [a, b] of [[incoming, outgoing], [outgoing, incoming]] as const) {
        proxy!.sockets.add(a);
        a.on('data', (chunk) => b.write(chunk));
        a.on('end', () => b.end());
        a.on('error', () => b.destroy());
        a.on('close', () => {
          proxy!.sockets.delete(a);
          b.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) {
      throw new Error('The proxy has no port.');
    }
    proxy = new CuttableProxy(server, `http://127.0.0.1:${address.port}`);
    return proxy;
  }

  /** Drops every connection through the relay and refuses new ones. */
  cut(): void {
    this.open = false;
    for (const socket of this.sockets) {
      socket.destroy();
    }
  }

  /** Accepts connections again. */
  restore(): void {
    this.open = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
