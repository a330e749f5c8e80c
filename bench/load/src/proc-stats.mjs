import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat.
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses; the fields after its closing parenthesis don't.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / TICKS_PER_SECOND;
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
  #serverCpu0 = 0;
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

  /** CPU of server and generator as % of one core over `seconds`, and the server's peak RSS. */
  stop(seconds) {
    clearInterval(this.#timer);
    this.#sampleRss();
    const serverCpu = cpuSeconds(this.#pid) - this.#serverCpu0;
    const generator = process.cpuUsage(this.#generator0);
    return {
      cpu: (100 * serverCpu) / seconds,
      rssMiB: this.#peakRss,
      generatorCpu: (100 * (generator.user + generator.system)) / 1e6 / seconds,
    };
  }

  #sampleRss() {
    this.#peakRss = Math.max(this.#peakRss, rssMiB(this.#pid));
  }
}
