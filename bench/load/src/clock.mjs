import { performance } from 'node:perf_hooks';

/**
 * Milliseconds on one clock for every thread of this process: each thread's performance.now() counts from its
 * own start, and timeOrigin + now() puts them on the same monotonic time line.
 */
export function now() {
  return performance.timeOrigin + performance.now();
}
