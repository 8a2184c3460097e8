import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

// An open-loop (constant arrival rate) load generator: request i is due at t0 + i / rate whatever
// the server does, and its latency counts from that intended time, not from when it was sent, so
// a slow answer cannot hold back the next requests and hide itself (no coordinated omission).

export interface OpenLoopRequest {
  readonly method: 'GET' | 'PUT' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface OpenLoopOptions {
  readonly origin: string;
  /** offered requests per second */
  readonly rate: number;
  /** measured seconds, after the warm-up */
  readonly seconds: number;
  /** seconds sent at the same rate before the measured window, not counted */
  readonly warmupSeconds: number;
  /** the keep-alive pool's ceiling: more than ever need to be in flight at once */
  readonly connections: number;
  /** the i-th request (0-based over warm-up and window) */
  readonly request: (i: number) => OpenLoopRequest;
}

export interface OpenLoopResult {
  readonly offeredPerS: number;
  /** requests in the measured window */
  readonly requests: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  /** measured requests handed to the pool more than LATE_MS after their intended time */
  readonly late: number;
  /** measured requests sent while every pooled connection was busy (they waited for one) */
  readonly waitedForConnection: number;
  /** 2xx answers per second over the window, from its first intended send to its last answer */
  readonly achievedPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly maxMs: number;
  /** how long after its intended time the generator handed a request to the pool, p99 */
  readonly sendLagP99Ms: number;
}

/** Past this lag behind its intended time a send counts as late: the generator could not keep up. */
export const LATE_MS = 5;
const DRAIN_TIMEOUT_MS = 30_000;

/** Nearest-rank percentile of ascending `sorted` (p in 0–100): the smallest value ≥ p % of samples. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** How many requests are due by `elapsedMs` after t0 at `rate` per second (request i at i / rate). */
export function dueBy(elapsedMs: number, rate: number): number {
  return elapsedMs < 0 ? 0 : Math.floor((elapsedMs * rate) / 1000) + 1;
}

export async function runOpenLoop(o: OpenLoopOptions): Promise<OpenLoopResult> {
  const warmup = Math.round(o.warmupSeconds * o.rate);
  const total = warmup + Math.round(o.seconds * o.rate);
  const intervalMs = 1000 / o.rate;
  const latencies = new Float64Array(total - warmup);
  const lags = new Float64Array(total - warmup);
  const pool = new Pool(o.origin, {
    connections: o.connections,
    pipelining: 1,
    headersTimeout: DRAIN_TIMEOUT_MS,
    bodyTimeout: DRAIN_TIMEOUT_MS,
  });
  let inFlight = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let late = 0;
  let waited = 0;
  let lastAnswer = 0;
  const pending = new Set<Promise<void>>();

  const send = (i: number, intended: number, now: number): void => {
    const measured = i >= warmup;
    if (measured && now - intended > LATE_MS) late++;
    if (measured) lags[i - warmup] = now - intended;
    if (measured && inFlight >= o.connections) waited++;
    inFlight++;
    const r = o.request(i);
    const done = pool
      .request({ method: r.method, path: r.path, headers: r.headers, body: r.body })
      .then(async (res) => {
        await res.body.dump();
        const at = performance.now();
        if (!measured) return;
        latencies[i - warmup] = at - intended;
        lastAnswer = Math.max(lastAnswer, at);
        if (res.statusCode >= 200 && res.statusCode < 300) ok++;
        else non2xx++;
      })
      .catch(() => {
        if (!measured) return;
        latencies[i - warmup] = performance.now() - intended;
        errors++;
      })
      .finally(() => {
        inFlight--;
        pending.delete(done);
      });
    pending.add(done);
  };

  const t0 = performance.now() + 10;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, dueBy(now - t0, o.rate));
      for (; next < due; next++) send(next, t0 + next * intervalMs, now);
      if (next >= total) return resolve();
      // a timer fires no sooner than 1 ms: at higher rates each tick sends the few that fell due
      setTimeout(tick, Math.max(0, t0 + next * intervalMs - performance.now()));
    };
    tick();
  });
  await Promise.all(pending);
  await pool.close();

  const windowStart = t0 + warmup * intervalMs;
  latencies.sort();
  lags.sort();
  return {
    offeredPerS: o.rate,
    requests: latencies.length,
    ok,
    non2xx,
    errors,
    late,
    waitedForConnection: waited,
    achievedPerS: lastAnswer > windowStart ? (ok * 1000) / (lastAnswer - windowStart) : 0,
    p50Ms: nearestRank(latencies, 50),
    p99Ms: nearestRank(latencies, 99),
    p999Ms: nearestRank(latencies, 99.9),
    maxMs: latencies[latencies.length - 1] ?? Number.NaN,
    sendLagP99Ms: nearestRank(lags, 99),
  };
}

/** "p50 3.1 ms, p99 12.0 ms, …" for one step. */
export function describeStep(r: OpenLoopResult): string {
  const ms = (v: number) => v.toFixed(1);
  return (
    `${r.offeredPerS}/s offered → ${r.achievedPerS.toFixed(0)}/s achieved, ${r.requests} measured ` +
    `(${r.ok} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors; ${r.late} sent >${LATE_MS} ms late, ` +
    `${r.waitedForConnection} waited for a connection; send lag p99 ${ms(r.sendLagP99Ms)} ms), ` +
    `latency from intended send: p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms, ` +
    `p99.9 ${ms(r.p999Ms)} ms, max ${ms(r.maxMs)} ms`
  );
}
