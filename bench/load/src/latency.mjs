import { now as clock } from './clock.mjs';

/**
 * Send times of tokens and the latency of each as the observer receives it. Generator and observer live in one
 * process and stamp times with one clock (clock.mjs).
 */
export class LatencyRecorder {
  #sent = new Map();
  #measuring = false;
  #windowStart = Infinity;
  #windowEnd = Infinity;
  #receivedInWindow = 0;
  #sentInWindow = 0;
  #latencies = [];
  #bySecond = [];
  #waiting = 0;
  #drained = null;

  /** Notes that a token was submitted now. */
  sent(key) {
    const now = clock();
    const measured = this.#measuring;
    this.#sent.set(key, { at: now, measured });
    if (measured) {
      this.#sentInWindow++;
      this.#waiting++;
    }
  }

  /** Notes that the observer received a token at `now`. Tokens sent before the window only count as throughput. */
  received(key, now) {
    if (now >= this.#windowStart && now <= this.#windowEnd) {
      this.#receivedInWindow++;
    }
    const send = this.#sent.get(key);
    if (send === undefined) {
      return;
    }
    this.#sent.delete(key);
    if (send.measured) {
      this.#latencies.push(now - send.at);
      this.#bySecond[Math.floor((send.at - this.#windowStart) / 1000)]?.push(now - send.at);
      this.#waiting--;
      if (this.#waiting === 0 && this.#drained) {
        this.#drained();
      }
    }
  }

  /** Starts a window of `seconds`: tokens sent from now on get a latency. */
  startWindow(seconds) {
    this.#windowStart = clock();
    this.#windowEnd = Infinity;
    this.#bySecond = Array.from({ length: Math.ceil(seconds) }, () => []);
    this.#measuring = true;
  }

  /** Ends the window; returns its length in seconds. */
  endWindow() {
    this.#windowEnd = clock();
    this.#measuring = false;
    return (this.#windowEnd - this.#windowStart) / 1000;
  }

  /** Resolves when every token sent in the window has been received, or after `timeoutMs`. */
  drain(timeoutMs) {
    if (this.#waiting === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.#drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Figures of the window; tokens never received count as infinitely late, so losses show in the percentiles. */
  result(windowSeconds) {
    const latencies = this.#latencies.slice().sort((a, b) => a - b);
    const lost = this.#waiting;
    for (let i = 0; i < lost; i++) {
      latencies.push(Infinity);
    }
    return {
      sentPerSecond: this.#sentInWindow / windowSeconds,
      opsPerSecond: this.#receivedInWindow / windowSeconds,
      sent: this.#sentInWindow,
      lost,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      // Whether latency grows during the window (a queue building up) or stays level.
      p99BySecond: this.#bySecond.map((l) => percentile(l.sort((a, b) => a - b), 0.99)),
    };
  }
}

/** Nearest-rank percentile of a sorted list; NaN when nothing was measured. */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) {
    return NaN;
  }
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
