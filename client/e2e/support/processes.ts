import type { ChildProcess } from 'node:child_process';

/**
 * Ends a process started with `detached: true` together with everything it started (`dotnet run` and its server,
 * Caddy and its workers): SIGTERM to the whole group, then waits at most `waitMs` for it to exit.
 */
export async function stopProcessGroup(child: ChildProcess, waitMs: number): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, waitMs))]);
}
