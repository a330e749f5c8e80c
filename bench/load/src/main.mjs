// The load benchmark: the same workload against CoDraft, ShareDB and Hocuspocus, on loopback, in one run.
// See ../README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './options.mjs';
import { runPoint } from './workload.mjs';
import { table, machineLines } from './report.mjs';
import { killAll } from './server-process.mjs';
import codraft from './targets/codraft.mjs';
import codraftMsgpack from './targets/codraft-msgpack.mjs';
import sharedb from './targets/sharedb.mjs';
import hocuspocus from './targets/hocuspocus.mjs';

const TARGETS = { codraft, 'codraft-msgpack': codraftMsgpack, sharedb, hocuspocus };

const options = parseOptions(process.argv.slice(2));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'codraft-load-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

console.log(`load benchmark: N=${options.n.join(',')} editors, ${options.rate} ops/s each, ` +
  `${options.warmup} s warm-up + ${options.seconds} s measured per point; ${cpus().length} cores; work dir ${workDir}`);
const results = [];
let failed = false;
try {
  // Servers take turns at each N, so that a change in the machine's other load falls on all of them alike.
  for (const editors of options.n) {
    for (const name of options.servers) {
      try {
        const result = await runPoint(TARGETS[name], { repoRoot, workDir, codraftDll: options.codraftDll }, {
          editors, rate: options.rate, seconds: options.seconds, warmupSeconds: options.warmup,
        });
        results.push(result);
        console.log(`  ${name} n=${editors}: ${result.opsPerSecond.toFixed(0)} ops/s, p99 ${result.p99.toFixed(1)} ms ` +
          `(by second sent: ${result.p99BySecond.map((v) => v.toFixed(0)).join(' ')}), ` +
          `server cpu ${result.cpu.toFixed(0)} %, generator cpu ${result.generatorCpu.toFixed(0)} %`);
      } catch (e) {
        failed = true;
        console.error(`  ${name} n=${editors} failed: ${e.stack ?? e}`);
      }
    }
  }
} finally {
  killAll();
}
console.log();
console.log(table(results));
console.log();
console.log(machineLines(results, options.servers));
if (!failed) {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
