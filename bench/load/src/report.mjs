// The largest N whose p99 latency is within this bound is a server's knee.
export const KNEE_P99_MS = 50;
// A generator using this much of a core, or whose event loop runs later than the latency bound, is itself a
// bottleneck: its editors send late and ShareDB's editors hold their next op until the last ack is processed.
const GENERATOR_BOUND_PERCENT = 90;
const GENERATOR_BOUND_LAG_MS = KNEE_P99_MS;

/** The human-readable table. */
export function table(results) {
  const header = ['server', 'N', 'offered/s', 'sent/s', 'ops/s', 'p50 ms', 'p95 ms', 'p99 ms', 'lost', 'errors',
    'cpu %', 'sys %', 'rss MiB', 'gen cpu %', 'gen lag ms'];
  const rows = results.map((r) => [
    r.server, r.editors, r.offered, fixed(r.sentPerSecond, 0), fixed(r.opsPerSecond, 0), ms(r.p50), ms(r.p95),
    ms(r.p99), r.lost, errorSummary(r.errors), fixed(r.cpu, 0), fixed(r.systemCpu, 0),
    fixed(r.rssMiB, 0),
    fixed(r.generatorCpu, 0),
    fixed(r.generatorLagP99, 0) + (generatorBound(r) ? ' (bound)' : ''),
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The machine-readable lines: one per point, the generator-bound points of each server, one knee per server, and
 * last the CoDraft/Hocuspocus knee ratio.
 */
export function machineLines(results, servers) {
  const lines = results.map((r) =>
    `load ${r.server} n=${r.editors} ops_s=${fixed(r.opsPerSecond, 1)} p50=${ms(r.p50)} p95=${ms(r.p95)} ` +
    `p99=${ms(r.p99)} cpu=${fixed(r.cpu, 1)} rss_mb=${fixed(r.rssMiB, 1)} gen_cpu=${fixed(r.generatorCpu, 1)} ` +
    `sent_s=${fixed(r.sentPerSecond, 1)} lost=${r.lost} errors=${errorCount(r.errors)}`);
  // A knee at or below a generator-bound point may be the generator's, not the server's.
  for (const server of servers) {
    const bound = results.filter((r) => r.server === server && generatorBound(r)).map((r) => r.editors);
    if (bound.length > 0) {
      lines.push(`generator-bound ${server} n=${bound.join(',')}`);
    }
  }
  const knees = new Map(servers.map((s) => [s, knee(results.filter((r) => r.server === s))]));
  for (const [server, n] of knees) {
    lines.push(`knee ${server} ${n}`);
  }
  if (knees.has('codraft') && knees.has('hocuspocus')) {
    lines.push(`knee-ratio codraft/hocuspocus ${ratio(knees.get('codraft'), knees.get('hocuspocus'))}`);
  }
  return lines.join('\n');
}

/**
 * The largest N such that it and every smaller N measured have p99 ≤ KNEE_P99_MS; 0 when even the smallest
 * does not. Lost tokens count as infinitely late, so a point that loses more than 1 % of its edits fails.
 */
export function knee(points) {
  let largest = 0;
  for (const point of points.slice().sort((a, b) => a.editors - b.editors)) {
    if (!(point.p99 <= KNEE_P99_MS)) {
      break;
    }
    largest = point.editors;
  }
  return largest;
}

function generatorBound(r) {
  return r.generatorCpu >= GENERATOR_BOUND_PERCENT || r.generatorLagP99 > GENERATOR_BOUND_LAG_MS;
}

function ratio(a, b) {
  if (b === 0) {
    return a === 0 ? 'n/a' : 'inf';
  }
  return (a / b).toFixed(2);
}

function ms(value) {
  if (Number.isNaN(value)) {
    return 'n/a';
  }
  return Number.isFinite(value) ? value.toFixed(1) : 'inf';
}

function fixed(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function errorCount(errors) {
  return Object.values(errors).reduce((a, b) => a + b, 0);
}

function errorSummary(errors) {
  const entries = Object.entries(errors);
  return entries.length === 0 ? '0' : entries.map(([code, n]) => `${n} ${code}`).join(', ');
}
