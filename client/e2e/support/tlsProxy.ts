import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcessGroup } from './processes';

/** The directives every site in front of CoDraft runs, the same file docker-compose's Caddy imports. */
const SharedDirectives = fileURLToPath(new URL('../../../deploy/codraft.caddy', import.meta.url));

/** How long Caddy may take to answer over TLS. */
const StartTimeoutMs = 20_000;

/** A certificate made for one test run: `localhost` and 127.0.0.1, valid for a day, with its key. */
export interface TestCertificate {
  certPath: string;
  keyPath: string;
  pem: string;
  /** base64 SHA-256 of its public key, as Chromium's --ignore-certificate-errors-spki-list takes it. */
  spkiSha256: string;
}

/** Makes a self-signed certificate for localhost with Debian's openssl. */
export function makeCertificate(directory: string): TestCertificate {
  const certPath = join(directory, 'localhost.crt');
  const keyPath = join(directory, 'localhost.key');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', keyPath, '-out', certPath,
  ], { stdio: 'ignore' });
  const pem = readFileSync(certPath, 'utf8');
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return { certPath, keyPath, pem, spkiSha256: createHash('sha256').update(spki).digest('base64') };
}

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

/** An answer as a test reads it. */
export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * Sends one request from the loopback address `localAddress` (so that each "client" has an address of its own), over
 * https trusting `certificate` only, or over plain http when there is none.
 */
export function send(url: string, options: { localAddress: string; method?: string; headers?: Record<string, string>; body?: unknown; certificate?: TestCertificate }): Promise<Answer> {
  const target = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers };
  return new Promise((resolve, reject) => {
    const common = { method: options.method ?? 'GET', host: '127.0.0.1', port: target.port, path: target.pathname + target.search, localAddress: options.localAddress, headers };
    const request = options.certificate
      ? httpsRequest({ ...common, headers: { host: target.host, ...headers }, servername: 'localhost', ca: options.certificate.pem })
      : httpRequest(common);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const received = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
            received.append(name, one);
          }
        }
        resolve({ status: response.statusCode ?? 0, headers: received, body: Buffer.concat(chunks).toString() });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Debian's Caddy terminating TLS on a free loopback port with a certificate made for the test, in front of a CoDraft
 * server, running deploy/codraft.caddy as docker-compose's Caddy does. Its state lives in a folder of its own.
 */
export class CaddyProxy {
  private constructor(
    readonly url: string,
    readonly certificate: TestCertificate,
    private readonly process: ChildProcess,
    private readonly directory: string,
    private readonly output: string[],
  ) {}

  static async start(upstream: string): Promise<CaddyProxy> {
    const directory = mkdtempSync(join(tmpdir(), 'codraft-caddy-'));
    const certificate = makeCertificate(directory);
    const port = await freePort();
    const caddyfile = join(directory, 'Caddyfile');
    writeFileSync(caddyfile, [
      '{',
      '\tadmin off',
      '\tauto_https disable_redirects',
      '\tskip_install_trust',
      '}',
      `https://localhost:${port} {`,
      '\tbind 127.0.0.1',
      `\ttls ${certificate.certPath} ${certificate.keyPath}`,
      `\timport ${SharedDirectives}`,
      '}',
      '',
    ].join('\n'));
    const output: string[] = [];
    const child = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
      detached: true,
      env: { ...process.env, HOME: directory, XDG_DATA_HOME: directory, XDG_CONFIG_HOME: directory, CODRAFT_UPSTREAM: new URL(upstream).host },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const proxy = new CaddyProxy(`https://localhost:${port}`, certificate, child, directory, output);
    const deadline = Date.now() + StartTimeoutMs;
    while (Date.now() < deadline && child.exitCode === null) {
      const answer = await send(`${proxy.url}/health/live`, { localAddress: '127.0.0.1', certificate }).catch(() => null);
      if (answer?.status === 200) {
        return proxy;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await proxy.stop();
    throw new Error(`Caddy did not answer at ${proxy.url}:\n${proxy.log}`);
  }

  /**
   * `fetch` for the test's own API calls through the proxy, from 127.0.0.1 and trusting the certificate made for this
   * run and nothing else (Node 20's own fetch cannot be given a certificate authority once started).
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = await send(String(input), { localAddress: '127.0.0.1', method: init?.method, headers, body, certificate: this.certificate });
    const empty = answer.status === 204 || answer.status === 304;
    return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
  };

  /** What Caddy printed so far. */
  get log(): string {
    return this.output.join('');
  }

  async stop(): Promise<void> {
    await stopProcessGroup(this.process, 5_000);
    rmSync(this.directory, { recursive: true, force: true });
  }
}
