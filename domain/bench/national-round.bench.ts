/**
 * `npm run bench -w domain`: a national-scale round (65 products, 800 bids, 32 regions) at
 * 0.3 M, 1 M and 3 M demand lines, then 10 M; prints the time and the memory of each phase. A
 * script that prints figures, not a pass/fail test.
 *
 *   parse     = JSON.parse + decodeRoundInput + decodeRulesetChoice (+ checkRoundAgainstRuleset)
 *   evaluate  = evaluate(input, ruleset): eligibility, ranking, selection, volume, region picks, allocation
 *   serialize = serializeResult(result): the streamed chunks joined into one string
 *
 * 10 M lines do not fit in one string (≈ 770 MB of input, 1.2 GB of output; V8 stops at ≈ 512 MiB):
 * that size is generated as chunks, parsed chunk by chunk into the DemandDecoder (streamed-round.ts)
 * and serialized as serializeResultChunks' chunks, counted and dropped. At the other sizes the
 * joined chunks are checked byte for byte against one JSON.stringify call (identical=yes).
 * Memory per phase (phase-memory.ts): peak RSS (VmHWM, reset before the phase) and V8's heap after it.
 *
 * Each phase runs BENCH_REPEAT times per size (a forced GC before each run); the table shows the
 * median and the minimum. The last line is `RESULT lines=<n> parse_ms=<n> evaluate_ms=<n>
 * serialize_ms=<n> …` for the largest one-string size, medians, then the 10 M size's figures. Target (issue): evaluate ≤ 3 s at 3 M lines on
 * a 2-core machine, growing linearly. Other processes on the machine show up in the figures: the
 * minimum is the better estimate of an idle machine.
 *
 * The npm script runs the TypeScript through tsx. tsx compiles with esbuild's keepNames, which wraps
 * every function value in `__name(fn, "…")` (an Object.defineProperty per closure created): code that
 * creates a closure per demand line pays for it here and not in the tsc build. To time the tsc
 * output instead (what `npm run build` ships):
 *
 *   npx tsc -p bench/tsconfig.json && node --expose-gc --max-old-space-size=16384 bench/build/bench/national-round.bench.js
 *
 * Environment knobs (all optional):
 *   BENCH_INSTITUTIONS  comma-separated institution counts (default 4600,15400,46000; lines = I × 65)
 *   BENCH_REPEAT        runs of each phase per size (default 3)
 *   BENCH_RULESET       ruleset name written into the round (default nvbp-7)
 *   BENCH_BRAND_SHARE   share of demand lines reported by brand (default 0; try 0.2 with nvbp-11)
 *   BENCH_CPU_PROFILE   a file path: write a V8 CPU profile of the largest size's last evaluate run
 *   BENCH_10M           0 skips the 10 M-line size (default 1)
 *   BENCH_10M_INSTITUTIONS  institutions of that size (default 153847: 10,000,055 lines)
 *   BENCH_10M_REPEAT    runs of each phase at that size (default 1)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { evaluate } from '../src/evaluate.js';
import type { EvaluationResult } from '../src/evaluation-result.js';
import { checkRoundAgainstRuleset, decodeRoundInput } from '../src/input/decode-round-input.js';
import { decodeRulesetChoice } from '../src/input/decode-ruleset.js';
import type { RoundInput } from '../src/round-input.js';
import type { Ruleset } from '../src/rulesets/ruleset.js';
import { serializeResult } from '../src/serialize-result.js';
import { generateRound, generateRoundChunks } from './generate-round.js';
import { mb, phaseMemory, resetPeakRss, type PhaseMemory } from './phase-memory.js';
import { parseStreamed } from './streamed-round.js';
import { serializeResultChunks } from '../src/serialize-result.js';
import { referenceSerialize } from '../src/test-support/reference-serialize.js';

const PRODUCTS = 65;
const BIDS = 800;
const REGIONS = 32;

const institutionCounts = (process.env['BENCH_INSTITUTIONS'] ?? '4600,15400,46000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const repeat = Math.max(1, Math.floor(Number(process.env['BENCH_REPEAT'] ?? '3')) || 1);
const rulesetName = process.env['BENCH_RULESET'] ?? 'nvbp-7';
const brandShare = Number(process.env['BENCH_BRAND_SHARE'] ?? '0');
const profilePath = process.env['BENCH_CPU_PROFILE'];
const run10m = process.env['BENCH_10M'] !== '0';
const institutions10m = Math.floor(Number(process.env['BENCH_10M_INSTITUTIONS'] ?? '153847')) || 153847;
const repeat10m = Math.max(1, Math.floor(Number(process.env['BENCH_10M_REPEAT'] ?? '1')) || 1);

/** global.gc when node runs with --expose-gc; otherwise expose it now (V8 flag, then a fresh context). */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    if (typeof fn === 'function') return fn as () => void;
  } catch {
    // fall through: no forced collections
  }
  return () => undefined;
})();

const heapMb = (): number => mb(process.memoryUsage().heapUsed);

function collect(): void {
  gc();
  gc();
}

/**
 * Runs `run` n times, a full GC before each; the value of the last run, every wall-clock duration,
 * and every CPU time (user + system of the whole process, GC helper threads included: on a busy
 * machine wall ≫ CPU shows the phase waited for a core).
 */
function timed<T>(n: number, run: () => T): { value: T; ms: number[]; cpuMs: number[]; memory: PhaseMemory } {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let value: T | undefined;
  let memory = phaseMemory();
  for (let i = 0; i < n; i++) {
    value = undefined; // let the previous run's value go before the collection
    collect();
    resetPeakRss();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = run();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    memory = phaseMemory();
  }
  return { value: value as T, ms, cpuMs, memory };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Decoded {
  readonly input: RoundInput;
  readonly ruleset: Ruleset;
  readonly jsonMs: number;
}

function fail(what: string, problems: readonly { path: string; message: string }[]): never {
  const head = problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
  throw new Error(`${what}: ${problems.length} problem(s)\n${head.join('\n')}`);
}

/** The parse phase as the CLI does it: text → JSON → validated RoundInput → Ruleset. */
function parse(text: string): Decoded {
  const t0 = performance.now();
  const json = JSON.parse(text) as unknown;
  const jsonMs = performance.now() - t0;
  const round = decodeRoundInput(json);
  if (!round.ok) fail('decodeRoundInput', round.problems);
  const choice = decodeRulesetChoice(round.value.ruleset);
  if (!choice.ok) fail('decodeRulesetChoice', choice.problems);
  const mismatch = checkRoundAgainstRuleset(round.value.input, choice.ruleset);
  if (mismatch.length > 0) fail('checkRoundAgainstRuleset', mismatch);
  return { input: round.value.input, ruleset: choice.ruleset, jsonMs };
}

interface Sanity {
  products: number;
  awarded: number;
  winners: number;
  allocations: number;
  agreedVolume: bigint;
  allocatedVolume: bigint;
  regionVolume: bigint;
}

function sanity(result: EvaluationResult): Sanity {
  const s: Sanity = {
    products: 0,
    awarded: 0,
    winners: 0,
    allocations: 0,
    agreedVolume: 0n,
    allocatedVolume: 0n,
    regionVolume: 0n,
  };
  for (const p of result.products) {
    s.products += 1;
    if (p.status === 'awarded') s.awarded += 1;
    s.winners += p.winners;
    s.allocations += p.allocations.length;
    s.agreedVolume += BigInt(p.agreedVolume);
    for (const a of p.allocations) s.allocatedVolume += BigInt(a.agreedVolume);
    for (const r of p.regions) s.regionVolume += BigInt(r.agreedVolume);
  }
  return s;
}

/** A V8 CPU profile of one run of `run`, written to `path` (open it in Chrome DevTools or speedscope). */
async function profileOnce(path: string, run: () => unknown): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  collect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  run();
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(path, JSON.stringify(profile));
  session.disconnect();
  console.log(`  CPU profile of one evaluate run written to ${path}`);
}

interface Row {
  lines: number;
  inputMb: number;
  genMs: number;
  jsonMs: number;
  parseMs: number[];
  evaluateMs: number[];
  serializeMs: number[];
  cpuMs: { parse: number[]; evaluate: number[]; serialize: number[] };
  outputMb: number;
  heapAfterParse: number;
  heapAfterEvaluate: number;
  heapAfterSerialize: number;
  sanity: Sanity;
  /** the last run of each phase */
  memory: { parse: PhaseMemory; evaluate: PhaseMemory; serialize: PhaseMemory };
  /** generated, parsed and serialized in chunks (10 M lines) */
  streamed: boolean;
  /** joined chunks === one JSON.stringify; null where the output does not fit in one string */
  identical: boolean | null;
  /** the one JSON.stringify call of the identity check (the serializer before streaming), ms */
  referenceMs: number | null;
}

async function runSize(
  institutions: number,
  runs: number,
  profile: string | undefined,
  streamed = false,
): Promise<Row> {
  const g0 = performance.now();
  if (streamed) return runStreamedSize(institutions, runs, g0);
  // a box, so that the 3 M text (≈ 230 MB) can be dropped after the parse runs
  const source: { text: string | null } = {
    text: generateRound({
      products: PRODUCTS,
      bids: BIDS,
      institutions,
      regions: REGIONS,
      ruleset: rulesetName,
      brandShare,
    }).text,
  };
  const genMs = performance.now() - g0;
  const inputMb = mb(source.text?.length ?? 0); // ASCII apart from product names: characters ≈ bytes

  const parsed = timed(runs, () => parse(source.text ?? ''));
  source.text = null;
  const { input, ruleset, jsonMs } = parsed.value;
  collect();
  const heapAfterParse = heapMb();

  const evaluated = timed(runs, () => evaluate(input, ruleset));
  const result = evaluated.value.result;
  collect();
  const heapAfterEvaluate = heapMb();
  if (profile) await profileOnce(profile, () => evaluate(input, ruleset));

  let outputMb = 0;
  let heapAfterSerialize = 0;
  const serialized = timed(runs, () => {
    const output = serializeResult(result);
    outputMb = mb(output.length);
    heapAfterSerialize = heapMb();
    return output.length;
  });

  collect();
  const r0 = performance.now();
  const reference = referenceSerialize(result);
  const referenceMs = performance.now() - r0;
  const identical = serializeResult(result) === reference;

  return {
    lines: input.demand.length,
    inputMb,
    genMs,
    jsonMs,
    parseMs: parsed.ms,
    evaluateMs: evaluated.ms,
    serializeMs: serialized.ms,
    cpuMs: { parse: parsed.cpuMs, evaluate: evaluated.cpuMs, serialize: serialized.cpuMs },
    outputMb,
    heapAfterParse,
    heapAfterEvaluate,
    heapAfterSerialize,
    sanity: sanity(result),
    memory: { parse: parsed.memory, evaluate: evaluated.memory, serialize: serialized.memory },
    streamed: false,
    identical,
    referenceMs,
  };
}

/** A size past V8's string limit: input as chunks, parse chunk by chunk, output chunks counted and dropped. */
function runStreamedSize(institutions: number, runs: number, g0: number): Row {
  const shape = {
    products: PRODUCTS,
    bids: BIDS,
    institutions,
    regions: REGIONS,
    ruleset: rulesetName,
    brandShare,
  };
  const source: { chunks: string[] | null } = { chunks: [...generateRoundChunks(shape).chunks] };
  const genMs = performance.now() - g0;
  const inputMb = mb(source.chunks?.reduce((n, c) => n + c.length, 0) ?? 0);

  const parsed = timed(runs, () => parseStreamed(source.chunks ?? []));
  source.chunks = null;
  const { input, ruleset } = parsed.value;
  collect();
  const heapAfterParse = heapMb();

  const evaluated = timed(runs, () => evaluate(input, ruleset));
  const result = evaluated.value.result;
  collect();
  const heapAfterEvaluate = heapMb();

  let outputChars = 0;
  let heapAfterSerialize = 0;
  const serialized = timed(runs, () => {
    outputChars = 0;
    for (const chunk of serializeResultChunks(result)) outputChars += chunk.length;
    heapAfterSerialize = heapMb();
    return outputChars;
  });

  return {
    lines: input.demand.length,
    inputMb,
    genMs,
    jsonMs: 0,
    parseMs: parsed.ms,
    evaluateMs: evaluated.ms,
    serializeMs: serialized.ms,
    cpuMs: { parse: parsed.cpuMs, evaluate: evaluated.cpuMs, serialize: serialized.cpuMs },
    outputMb: mb(outputChars),
    heapAfterParse,
    heapAfterEvaluate,
    heapAfterSerialize,
    sanity: sanity(result),
    memory: { parse: parsed.memory, evaluate: evaluated.memory, serialize: serialized.memory },
    streamed: true,
    identical: null,
    referenceMs: null,
  };
}

const fmt = (n: number, width: number): string => String(Math.round(n)).padStart(width);
const perLine = (ms: number, lines: number): number => (ms * 1e6) / lines;

function printTable(rows: readonly Row[]): void {
  const base = rows[0];
  console.log('');
  console.log(
    `median (min) of ${repeat} run(s); ns/line from the median; x_first = evaluate ns/line relative to the first size`,
  );
  console.log(
    '     lines  in_MB |       parse_ms  ns/line |    evaluate_ms  ns/line  x_first |   serialize_ms  ns/line  out_MB | heap_MB after parse/evaluate/serialize',
  );
  for (const r of rows) {
    const p = median(r.parseMs),
      e = median(r.evaluateMs),
      s = median(r.serializeMs);
    const scale = base ? perLine(e, r.lines) / perLine(median(base.evaluateMs), base.lines) : 1;
    console.log(
      `${fmt(r.lines, 10)} ${fmt(r.inputMb, 6)} | ${fmt(p, 6)} (${fmt(Math.min(...r.parseMs), 6)}) ${fmt(perLine(p, r.lines), 8)} |` +
        ` ${fmt(e, 6)} (${fmt(Math.min(...r.evaluateMs), 6)}) ${fmt(perLine(e, r.lines), 8)} ${scale.toFixed(2).padStart(8)} |` +
        ` ${fmt(s, 6)} (${fmt(Math.min(...r.serializeMs), 6)}) ${fmt(perLine(s, r.lines), 8)} ${fmt(r.outputMb, 7)} |` +
        ` ${fmt(r.heapAfterParse, 7)} / ${fmt(r.heapAfterEvaluate, 5)} / ${fmt(r.heapAfterSerialize, 5)}`,
    );
  }
  console.log('');
  console.log('CPU ms (user + system, all threads), median: parse / evaluate / serialize');
  for (const r of rows) {
    console.log(
      `${fmt(r.lines, 10)}  ${fmt(median(r.cpuMs.parse), 6)} / ${fmt(median(r.cpuMs.evaluate), 6)} / ${fmt(median(r.cpuMs.serialize), 6)}`,
    );
  }
  console.log('');
  console.log(
    'memory of the last run of each phase, MB: peak RSS (VmHWM) / heap committed / heap live, right after the phase',
  );
  console.log(
    '     lines |          parse         |        evaluate        |        serialize       | identical | one JSON.stringify ms',
  );
  const mem = (m: PhaseMemory): string =>
    `${fmt(m.peakRssMb, 6)} /${fmt(m.heapTotalMb, 6)} /${fmt(m.heapUsedMb, 6)}`;
  for (const r of rows) {
    const same = r.identical === null ? 'n/a (streamed)' : r.identical ? 'yes' : 'NO';
    console.log(
      `${fmt(r.lines, 10)} | ${mem(r.memory.parse)} | ${mem(r.memory.evaluate)} | ${mem(r.memory.serialize)} | ${same.padEnd(9)} | ` +
        (r.referenceMs === null ? 'n/a' : fmt(r.referenceMs, 6)),
    );
  }
  console.log('');
  console.log(
    '     lines  products awarded winners  allocations    agreed_volume  allocated=agreed  regions=agreed',
  );
  for (const r of rows) {
    const s = r.sanity;
    console.log(
      `${fmt(r.lines, 10)}  ${fmt(s.products, 8)} ${fmt(s.awarded, 7)} ${fmt(s.winners, 7)} ${fmt(s.allocations, 12)} ${String(s.agreedVolume).padStart(16)}` +
        `  ${String(s.allocatedVolume === s.agreedVolume).padStart(16)}  ${String(s.regionVolume === s.agreedVolume).padStart(14)}`,
    );
  }
  console.log('');
  console.log(
    `JSON.parse alone (ms, last run): ${rows.map((r) => `${r.lines}: ${Math.round(r.jsonMs)}`).join(', ')}; ` +
      `generation, not timed (ms): ${rows.map((r) => Math.round(r.genMs)).join(', ')}; ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}

async function main(): Promise<void> {
  const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const viaTsx = import.meta.url.endsWith('.ts');
  console.log(
    `national round bench: ${PRODUCTS} products, ${BIDS} bids, ${REGIONS} regions, ruleset ${rulesetName}` +
      (brandShare > 0 ? `, brand share ${brandShare}` : '') +
      `; node ${process.version}, heap limit ${mb(getHeapStatistics().heap_size_limit)} MB, gc ${exposed ? 'exposed' : 'via v8 flag'}, ` +
      (viaTsx ? 'TypeScript through tsx (esbuild keepNames)' : 'compiled JavaScript'),
  );
  // warm-up: let the JIT see every code path once before anything is timed
  await runSize(300, 1, undefined);
  if (run10m) await runSize(300, 1, undefined, true);

  const rows: Row[] = [];
  const largest = Math.max(...institutionCounts);
  for (const institutions of institutionCounts) {
    const row = await runSize(institutions, repeat, institutions === largest ? profilePath : undefined);
    rows.push(row);
    printProgress(row);
  }
  const last = rows.reduce<Row | undefined>(
    (best, r) => (best === undefined || r.lines > best.lines ? r : best),
    undefined,
  );
  if (!last) throw new Error('no sizes to run (BENCH_INSTITUTIONS)');
  let huge: Row | undefined;
  if (run10m) {
    huge = await runSize(institutions10m, repeat10m, undefined, true);
    rows.push(huge);
    printProgress(huge);
  }
  printTable(rows);
  const peak = (r: Row): number =>
    Math.max(r.memory.parse.peakRssMb, r.memory.evaluate.peakRssMb, r.memory.serialize.peakRssMb);
  const heap = (r: Row): number =>
    Math.max(r.memory.parse.heapTotalMb, r.memory.evaluate.heapTotalMb, r.memory.serialize.heapTotalMb);
  const ms = (values: readonly number[]): number => Math.round(median(values));
  const identical = rows.every((r) => r.identical !== false) ? 'yes' : 'NO';
  const tenM = huge
    ? ` lines_10m=${huge.lines} parse_10m_ms=${ms(huge.parseMs)} evaluate_10m_ms=${ms(huge.evaluateMs)}` +
      ` serialize_10m_ms=${ms(huge.serializeMs)}` +
      ` lines_10m_s=${((median(huge.parseMs) + median(huge.evaluateMs) + median(huge.serializeMs)) / 1000).toFixed(1)}` +
      ` peak_rss_10m_mb=${peak(huge)} peak_heap_10m_mb=${heap(huge)}`
    : '';
  console.log(
    `RESULT lines=${last.lines} parse_ms=${ms(last.parseMs)} evaluate_ms=${ms(last.evaluateMs)} serialize_ms=${ms(last.serializeMs)}` +
      ` peak_rss_mb=${peak(last)} peak_heap_mb=${heap(last)} identical=${identical}${tenM}`,
  );
}

function printProgress(row: Row): void {
  const list = (ms: readonly number[]): string => ms.map((x) => Math.round(x)).join('/');
  console.log(
    `  ${row.lines} lines${row.streamed ? ' (streamed)' : ''}: parse ${list(row.parseMs)} ms, evaluate ${list(row.evaluateMs)} ms, serialize ${list(row.serializeMs)} ms`,
  );
}

await main();
