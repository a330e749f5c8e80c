import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** How long the built server may take to answer its first request. */
const StartTimeoutMs = 90_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port.'))));
    });
  });
}

/** The real CoDraft server, already built, on a free loopback port with its own SQLite file. */
export class RunningServer {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    private readonly dataDirectory: string,
    private readonly output: string[],
  ) {}

  static async start(): Promise<RunningServer> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dataDirectory = mkdtempSync(join(tmpdir(), 'codraft-e2e-'));
    const output: string[] = [];
    const child = spawn(
      'dotnet',
      ['run', '--project', 'src/CoDraft.Server', '--no-build', '--no-launch-profile', '--', '--urls', url, `--Storage:SqlitePath=${join(dataDirectory, 'codraft.db')}`],
      { cwd: repositoryRoot, detached: true, env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const server = new RunningServer(url, child, dataDirectory, output);
    const deadline = Date.now() + StartTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        break;
      }
      const ready = await fetch(`${url}/api/statements`).then((r) => r.ok, () => false);
      if (ready) {
        return server;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await server.stop();
    throw new Error(`The server did not start at ${url}:\n${server.log}`);
  }

  /** What the server printed so far. */
  get log(): string {
    return this.output.join('');
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.pid !== undefined) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      // The whole group: `dotnet run` and the server it started.
      process.kill(-this.process.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    rmSync(this.dataDirectory, { recursive: true, force: true });
  }

  async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(this.url + path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
    if (!response.ok) {
      throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }
}
