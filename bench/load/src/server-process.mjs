import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

// How long a server may take to answer after it is started (the .NET server compiles on first use).
const START_TIMEOUT_MS = 30_000;
// How long a server may take to exit after SIGTERM before it is killed.
const STOP_TIMEOUT_MS = 5_000;

const running = new Set();

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server process with its output in `logFile`, and waits until `ready()` resolves true.
 * Returns its pid and a stop function.
 */
export async function startProcess(command, args, logFile, ready) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { stdio: ['ignore', log, log] });
  closeSync(log);
  running.add(child);
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    running.delete(child);
    resolve({ code, signal });
  }));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await ready().catch(() => false))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${command} ${args.join(' ')} did not become ready; its log:\n${tail(logFile)}`);
    }
    await sleep(100);
  }
  return {
    pid: child.pid,
    async stop() {
      if (exited) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Kills every server this process started and has not stopped, e.g. when the benchmark is interrupted. */
export function killAll() {
  for (const child of running) {
    child.kill('SIGKILL');
  }
}

/** True when a TCP connection to the port succeeds. */
export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}
