import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcessGroup } from './processes';

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

/** Settings for the e2e server; every browser context comes from the one loopback address, so its per-address sign-in limit is raised. */
const TestSettings = ['--Auth:SignInPerIpPerMinute=200'];

/** How long `admin create` may take (it starts the program, opens the store, hashes a password). */
const AdminCommandTimeoutMs = 60_000;

/** The first line the server prints with the one-time setup token (FirstRunSetup). */
const SetupTokenPattern = /\b(cds_[A-Za-z0-9_-]+)/;

export interface Administrator {
  email: string;
  name: string;
  password: string;
}

function dotnetRun(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('dotnet', ['run', '--project', 'src/CoDraft.Server', '--no-build', '--no-launch-profile', '--', ...args], {
    cwd: repositoryRoot,
    detached: true,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the admin command against a store, as an operator would with the server stopped; the password goes in the environment. */
async function createAdministrator(storeSetting: string, admin: Administrator): Promise<void> {
  const child = dotnetRun(['admin', 'create', '--email', admin.email, '--name', admin.name, storeSetting], { CODRAFT_ADMIN_PASSWORD: admin.password });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGTERM');
      resolve(null);
    }, AdminCommandTimeoutMs);
    child.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (code !== 0) {
    throw new Error(`admin create failed (${code}):\n${output.join('')}`);
  }
}

/** How a test file's server differs from the default: another environment (e.g. Production) and more settings. */
export interface ServerOptions {
  environment?: string;
  /** Extra command-line settings, `--Key=value`, after (and so over) the defaults. */
  settings?: string[];
}

/** The real CoDraft server, already built, on a free loopback port with its own SQLite file. */
export class RunningServer {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    private readonly dataDirectory: string,
    private readonly output: string[],
  ) {}

  /**
   * Starts a server on a new store. With `admin`, the administrator is first created with the admin command;
   * without, the server starts with no administrator and prints its setup token ({@link setupToken}).
   */
  static async start(admin?: Administrator, options: ServerOptions = {}): Promise<RunningServer> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dataDirectory = mkdtempSync(join(tmpdir(), 'codraft-e2e-'));
    const storeSetting = `--Storage:SqlitePath=${join(dataDirectory, 'codraft.db')}`;
    if (admin) {
      await createAdministrator(storeSetting, admin);
    }
    const output: string[] = [];
    const child = dotnetRun(['--urls', url, storeSetting, ...TestSettings, ...(options.settings ?? [])],
      options.environment ? { ASPNETCORE_ENVIRONMENT: options.environment } : {});
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const server = new RunningServer(url, child, dataDirectory, output);
    const deadline = Date.now() + StartTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        break;
      }
      const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
      if (ready) {
        return server;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await server.stop();
    throw new Error(`The server did not start at ${url}:\n${server.log}`);
  }

  /** The one-time setup token the server printed at start (only while no administrator exists). */
  get setupToken(): string {
    const match = SetupTokenPattern.exec(this.log);
    if (!match) {
      throw new Error(`The server printed no setup token:\n${this.log}`);
    }
    return match[1];
  }

  /** What the server printed so far. */
  get log(): string {
    return this.output.join('');
  }

  async stop(): Promise<void> {
    await stopProcessGroup(this.process, 10_000);
    rmSync(this.dataDirectory, { recursive: true, force: true });
  }
}
