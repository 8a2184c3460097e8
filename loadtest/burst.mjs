#!/usr/bin/env node
// The deadline burst (scenarios/deadline-burst.scenario.json) replayed here, open loop: each request
// leaves at its planned time whatever the answers before it (k6's ramping-arrival-rate; autocannon
// only runs closed loops of fixed requests). Then the checks: 0 lost, 0 duplicated, 0 accepted late.
//   node loadtest/burst.mjs [--reduced]                   two nodes started here over one PostgreSQL
//   node loadtest/burst.mjs --base URL --base URL --database-url URL     nodes already running
//   node loadtest/burst.mjs prepare --database-url URL [--reduced] [--closes-in S]   the round, for k6
//   node loadtest/burst.mjs verify --database-url URL --plan FILE        after k6: duplicated and late
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runApiScript, startTwoNodes, stopAllNodes } from './burst-nodes.mjs';
import { verifyBurst } from './burst-verify.mjs';
import { printFigures } from './burst-figures.mjs';
import {
  arrivalOffsets,
  bidRequest,
  burstOps,
  burstSeconds,
  lateOp,
  seconds,
  sized,
} from './scenarios/deadline-burst-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    reduced: { type: 'boolean', default: false },
    base: { type: 'string', multiple: true },
    'database-url': { type: 'string' },
    'closes-in': { type: 'string' },
    plan: { type: 'string' },
  },
});
const command = positionals[0] ?? 'run';
const definition = JSON.parse(
  readFileSync(path.join(here, 'scenarios', 'deadline-burst.scenario.json'), 'utf8'),
);
const def = sized(definition, flags.reduced);
const burstS = burstSeconds(def.burst);

/** The round (api/src/test-support/deadline-burst-world.ts), its deadline `closesIn` s from now. */
async function prepare(databaseUrl, closesIn) {
  const { done } = runApiScript(
    'src/test-support/deadline-burst-world.ts',
    [String(def.companies), def.products.join(','), String(closesIn)],
    { DATABASE_URL: databaseUrl },
  );
  return JSON.parse((await done).trim().split('\n').at(-1));
}

/** The deadline on this machine's clock, from the database's over HTTP (late rather than early). */
async function localDeadline(base, closesAt) {
  const res = await fetch(`${base}/api/health`);
  const { databaseTime } = await res.json();
  return Date.now() + (Date.parse(closesAt) - Date.parse(databaseTime));
}

async function send(base, plan, op, deadlineLocal, node) {
  const r = bidRequest(plan.roundId, op);
  const token = plan.companies[op.company].token;
  const sent = Date.now();
  const started = performance.now();
  const outcome = { op, node, sent, deadlineLocal, status: 0, code: null, receipt: null, replayed: false };
  try {
    const res = await fetch(`${base}${r.path}`, {
      method: 'PUT',
      headers: { ...r.headers, authorization: `Bearer ${token}` },
      body: r.body,
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.json();
    outcome.status = res.status;
    if (res.status === 200) outcome.receipt = body;
    else outcome.code = body.code ?? `HTTP ${res.status}`;
    outcome.replayed = res.headers.get('idempotent-replayed') === 'true';
  } catch (error) {
    outcome.code = error.name === 'TimeoutError' ? 'timeout' : `network: ${error.message}`;
  }
  outcome.ms = performance.now() - started;
  return outcome;
}

/** Every request at its time: the burst up to the deadline, then the late ones; alternating nodes. */
async function replay(bases, plan) {
  const offsets = arrivalOffsets(def.burst);
  const ops = burstOps(def, offsets.length);
  const deadlineLocal = await localDeadline(bases[0], plan.closesAt);
  const start = deadlineLocal - burstS * 1000;
  if (start < Date.now()) throw new Error('the deadline is already too near for the burst');
  const schedule = offsets.map((t, i) => ({ at: start + t * 1000, op: ops[i] }));
  const lateCount = Math.round(def.late.rate * seconds(def.late.duration));
  for (let n = 0; n < lateCount; n++)
    schedule.push({
      at: deadlineLocal + (def.late.afterDeadlineSeconds + n / def.late.rate) * 1000,
      op: lateOp(def, n),
    });
  const lags = [];
  const outcomes = await Promise.all(
    schedule.map(
      ({ at, op }, i) =>
        new Promise((resolve) =>
          setTimeout(() => {
            lags.push(Date.now() - at);
            resolve(send(bases[i % bases.length], plan, op, deadlineLocal, i % bases.length));
          }, at - Date.now()),
        ),
    ),
  );
  return { outcomes, deadlineLocal, lags };
}

async function main() {
  if ((command === 'prepare' || command === 'verify') && !flags['database-url'])
    throw new Error(`${command} needs --database-url (the database's owner)`);
  if (command === 'prepare') {
    const closesIn = Number(flags['closes-in'] ?? Math.ceil(burstS + 60));
    process.stdout.write(`${JSON.stringify(await prepare(flags['database-url'], closesIn))}\n`);
    return 0;
  }
  if (command === 'verify') {
    const plan = JSON.parse(readFileSync(flags.plan, 'utf8'));
    const v = await verifyBurst(flags['database-url'], plan, null);
    for (const p of v.problems.slice(0, 20)) console.log(`  ! ${p}`);
    console.log(
      `RESULT duplicated=${v.duplicated} late=${v.late} stored=${v.storedBids} writes=${v.keyedWrites}`,
    );
    return v.duplicated + v.late === 0 ? 0 : 1;
  }
  const given = flags.base ?? [];
  if (given.length > 0 && (given.length < 2 || !flags['database-url']))
    throw new Error('--base twice (one per node) and --database-url (to set up and to check)');
  // Ctrl-C (or a test's timeout) stops the nodes started here: they run in process groups of their own
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => void stopAllNodes().finally(() => process.exit(130)));
  const started = performance.now();
  const nodes = given.length
    ? { bases: given, databaseUrl: flags['database-url'], stop: async () => {} }
    : await startTwoNodes();
  try {
    const nodesS = (performance.now() - started) / 1000;
    const worldStarted = performance.now();
    // the deadline leaves time for the round's set-up answer and the clock reading, then the burst
    const plan = await prepare(nodes.databaseUrl, Math.ceil(burstS + 3));
    const worldS = (performance.now() - worldStarted) / 1000;
    const { outcomes, deadlineLocal, lags } = await replay(nodes.bases, plan);
    const verdict = await verifyBurst(nodes.databaseUrl, plan, outcomes);
    return printFigures({
      def,
      plan,
      bases: nodes.bases,
      outcomes,
      deadlineLocal,
      lags,
      verdict,
      nodesS,
      worldS,
    });
  } finally {
    await nodes.stop();
  }
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`burst: ${error instanceof Error ? error.message : error}`);
    await stopAllNodes();
    process.exit(2);
  },
);
