import { createRequire } from 'node:module';
import os from 'node:os';
import { describePostgres, measurePostgres } from './postgres-activity.js';
import { describeCpu, measureCpu, type CpuShares } from './process-cpu.js';
import { describeStep, runOpenLoop, type OpenLoopRequest, type OpenLoopResult } from './open-loop.js';

// The open-loop part of `npm run bench -w api`: the generator's floor on a trivial endpoint, sealed
// bids at 500 and 1,000 offered per second, then a step search for the highest offered rate whose
// p99 stays under 100 ms. Durations: BENCH_OPEN_SECONDS (measured seconds at 500 and 1,000, default
// 20), BENCH_OPEN_WARMUP_SECONDS (3), BENCH_SEARCH_SECONDS (10 per search step), BENCH_SEARCH_STEPS
// (at most 10 search steps).

const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_OPEN_WARMUP_SECONDS ?? 3);
const SEARCH_SECONDS = Number(process.env.BENCH_SEARCH_SECONDS ?? 10);
const SEARCH_STEPS = Number(process.env.BENCH_SEARCH_STEPS ?? 10);
/** far more than are ever in flight at the rates measured, so a send never waits for a socket */
const CONNECTIONS = 1024;
const P99_LIMIT_MS = 100;
const GOAL_P99_MS = 50;
const SEARCH_STEP_PER_S = 250;
const SEARCH_RESOLUTION_PER_S = 125;

export interface OpenLoopFigures {
  readonly floor: OpenLoopResult;
  readonly open500: OpenLoopResult;
  readonly open1000: OpenLoopResult;
  readonly cpu1000: CpuShares;
  /** 0 when not even the lowest rate tried stayed under the limit */
  readonly maxRateUnder100Ms: number;
  readonly goalMet: boolean;
}

/** The sealed bids of bid-request.cjs (the closed loop's), as open-loop requests. */
function bidRequests(): (i: number) => OpenLoopRequest {
  const require = createRequire(import.meta.url);
  const setup = require('./bid-request.cjs') as (r: object) => {
    path: string;
    headers: Record<string, string>;
    body: string;
  };
  return () => {
    const r = setup({});
    return { method: 'PUT', path: r.path, headers: r.headers, body: r.body };
  };
}

const ours = (c: CpuShares) => c.generatorPct + c.apiPct + c.postgresPct;
const passes = (r: OpenLoopResult) => r.p99Ms < P99_LIMIT_MS && r.errors === 0 && r.non2xx === 0;

export async function measureOpenLoop(origin: string, databaseUrl: string): Promise<OpenLoopFigures> {
  const bid = bidRequests();
  const step = async (rate: number, seconds: number) => {
    const { result: r, cpu } = await measureCpu(() =>
      runOpenLoop({
        origin,
        rate,
        seconds,
        warmupSeconds: WARMUP_SECONDS,
        connections: CONNECTIONS,
        request: bid,
      }),
    );
    console.log(`    ${describeStep(r)}`);
    // the other agents' load on the shared cores changes from step to step: say how much it was
    console.log(
      `      cores meanwhile: this benchmark ${ours(cpu).toFixed(0)} %, other processes ${cpu.othersPct.toFixed(0)} % (of ${cpu.cores * 100} %)`,
    );
    return r;
  };

  console.log(
    `  open loop (constant arrival rate; latency from each request's intended send time; generator, API and PostgreSQL share the machine's ${os.cpus().length} cores):`,
  );
  console.log(`    floor: GET /api/health (HTTP + one PostgreSQL read, no commit), ${OPEN_SECONDS} s:`);
  const { result: floor, cpu: floorCpu } = await measureCpu(() =>
    runOpenLoop({
      origin,
      rate: 1000,
      seconds: OPEN_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      connections: CONNECTIONS,
      request: () => ({ method: 'GET', path: '/api/health' }),
    }),
  );
  console.log(`    ${describeStep(floor)}`);
  console.log(`    during the floor: ${describeCpu(floorCpu)}`);
  console.log(`    sealed bids, ${OPEN_SECONDS} s each after ${WARMUP_SECONDS} s warm-up:`);
  const open500 = await step(500, OPEN_SECONDS);
  const {
    result: { result: open1000, cpu: cpu1000 },
    activity,
  } = await measurePostgres(databaseUrl, () => measureCpu(() => step(1000, OPEN_SECONDS)));
  console.log(`    during 1,000/s: ${describeCpu(cpu1000)}; ${describePostgres(activity)}`);

  // step search: upward by 250/s from the highest passing rate, then bisect to 125/s
  console.log(
    `    search for the highest offered rate with p99 < ${P99_LIMIT_MS} ms, ${SEARCH_SECONDS} s steps:`,
  );
  let lo = passes(open500) ? (passes(open1000) ? 1000 : 500) : 0;
  let hi = passes(open1000) ? Number.POSITIVE_INFINITY : passes(open500) ? 1000 : 500;
  for (let steps = 0; steps < SEARCH_STEPS && hi - lo > SEARCH_RESOLUTION_PER_S; steps++) {
    const rate = Number.isFinite(hi) ? Math.round((lo + hi) / 2 / 25) * 25 : lo + SEARCH_STEP_PER_S;
    if (passes(await step(rate, SEARCH_SECONDS))) lo = rate;
    else hi = rate;
  }
  return {
    floor,
    open500,
    open1000,
    cpu1000,
    maxRateUnder100Ms: lo,
    goalMet: passes(open1000) && open1000.p99Ms < GOAL_P99_MS,
  };
}

/** The RESULT fields of the open loop, after the closed loop's. */
export function openLoopResultFields(f: OpenLoopFigures): string {
  const ms = (v: number) => v.toFixed(1);
  return [
    `open500_p50_ms=${ms(f.open500.p50Ms)}`,
    `open500_p99_ms=${ms(f.open500.p99Ms)}`,
    `open500_p999_ms=${ms(f.open500.p999Ms)}`,
    `open500_achieved_per_s=${f.open500.achievedPerS.toFixed(0)}`,
    `open500_errors=${f.open500.errors + f.open500.non2xx}`,
    `open1000_p50_ms=${ms(f.open1000.p50Ms)}`,
    `open1000_p99_ms=${ms(f.open1000.p99Ms)}`,
    `open1000_p999_ms=${ms(f.open1000.p999Ms)}`,
    `open1000_achieved_per_s=${f.open1000.achievedPerS.toFixed(0)}`,
    `open1000_errors=${f.open1000.errors + f.open1000.non2xx}`,
    `open1000_late=${f.open1000.late}`,
    `open1000_cpu_ours_pct=${ours(f.cpu1000).toFixed(0)}`,
    `open1000_cpu_others_pct=${f.cpu1000.othersPct.toFixed(0)}`,
    `floor1000_p50_ms=${ms(f.floor.p50Ms)}`,
    `floor1000_p99_ms=${ms(f.floor.p99Ms)}`,
    `floor1000_p999_ms=${ms(f.floor.p999Ms)}`,
    `max_rate_p99_under_100ms=${f.maxRateUnder100Ms}`,
    `goal=${f.goalMet ? 'met' : 'missed'}`,
  ].join(' ');
}
