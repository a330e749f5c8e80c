import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat.
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds a process has used so far: in user mode and in the kernel (system calls such as fsync, sockets). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses; the fields after its closing parenthesis don't.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / TICKS_PER_SECOND, system: Number(fields[12]) / TICKS_PER_SECOND };
}

/** Resident set size of a process, in MiB. */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

// RSS is sampled this often during the window; its peak is reported.
const RSS_SAMPLE_MS = 250;

/** Watches a server process and the generator over the measured window. */
export class ProcessMeter {
  #pid;
  #serverCpu0 = null;
  #generator0 = null;
  #peakRss = 0;
  #timer = null;

  constructor(pid) {
    this.#pid = pid;
  }

  start() {
    this.#serverCpu0 = cpuSeconds(this.#pid);
    this.#generator0 = process.cpuUsage();
    this.#sampleRss();
    this.#timer = setInterval(() => this.#sampleRss(), RSS_SAMPLE_MS);
  }

  /**
   * CPU of server and generator as % of one core over `seconds` (the server's also the part spent in the kernel),
   * and the server's peak RSS.
   */
  stop(seconds) {
    clearInterval(this.#timer);
    this.#sampleRss();
    const server = cpuSeconds(this.#pid);
    const user = server.user - this.#serverCpu0.user;
    const system = server.system - this.#serverCpu0.system;
    const generator = process.cpuUsage(this.#generator0);
    return {
      cpu: (100 * (user + system)) / seconds,
      systemCpu: (100 * system) / seconds,
      rssMiB: this.#peakRss,
      generatorCpu: (100 * (generator.user + generator.system)) / 1e6 / seconds,
    };
  }

  #sampleRss() {
    this.#peakRss = Math.max(this.#peakRss, rssMiB(this.#pid));
  }
}
