import autocannon from 'autocannon';

/** autocannon's own default, said out loud: a request unanswered after it counts as a timeout */
const TIMEOUT_S = 10;

export interface LoadFigures {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

/**
 * `connections` clients GET `url` for `seconds`. autocannon's summary has no p95, so every
 * response's latency is kept and the percentiles are read from the sorted list (exact, in ms).
 * The generator runs in this process's main thread: the server is another process.
 */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let answers = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
        timeout: TIMEOUT_S,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  answers = latencies.length;
  // a request that timed out took at least the timeout: it counts at that (a lower bound), so a
  // server too slow to answer within it shows as p95 ≥ the timeout rather than as no figure
  for (let i = 0; i < result.timeouts; i++) latencies.push(TIMEOUT_S * 1000);
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    round1(latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? NaN);
  return {
    requests: answers,
    perSecond: answers / result.duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round1(latencies.at(-1) ?? NaN),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export interface Alone {
  /** median ms */
  readonly ms: number;
  /** the answer's body (decoded), and the encoding it came in */
  readonly bytes: number;
  readonly encoding: string;
}

/** The median time of `n` requests one after another: what one request costs with no load. */
export async function alone(url: string, headers: Record<string, string> = {}, n = 30): Promise<Alone> {
  const times: number[] = [];
  let bytes = 0;
  let encoding = '';
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const answer = await fetch(url, { headers, redirect: 'manual' });
    bytes = (await answer.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    encoding = answer.headers.get('content-encoding') ?? 'identity';
  }
  times.sort((a, b) => a - b);
  return { ms: round1(times[Math.floor(n / 2)] ?? NaN), bytes, encoding };
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

export function describe(what: string, f: LoadFigures & { alone: Alone; cpu: string }): string {
  const failures = f.non2xx + f.errors + f.timeouts;
  return (
    `  ${what}: ${(f.alone.bytes / 1024).toFixed(1)} KB body (content-encoding: ${f.alone.encoding}), one at a time ${f.alone.ms} ms\n` +
    `    under load: ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ` +
    `p99 ${ms(f.p99)}  max ${ms(f.max)}  (${f.requests} answers` +
    (failures
      ? `; ${f.non2xx} non-2xx, ${f.errors} errors, ${f.timeouts} timeouts)`
      : f.requests
        ? ', all 2xx)'
        : ')') +
    `\n${f.cpu}`
  );
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
