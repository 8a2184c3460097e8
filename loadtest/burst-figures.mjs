// What the deadline-burst replay prints: the arrival profile, the answers by code, latency per node,
// the checks, and one RESULT line. Exit code: 0 all held, 1 a bid lost, duplicated or accepted late
// or a request failed otherwise, 3 only the latency threshold missed (a loaded machine's, not a fault).

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const ms = (x) => (Number.isNaN(x) ? '–' : `${Math.round(x)}`);

function latency(outcomes) {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/** requests per 10 s window before the deadline (by when they were sent), and after it */
function profile(outcomes, deadlineLocal, burstS) {
  const windows = new Map();
  for (const o of outcomes) {
    const w = o.sent >= deadlineLocal ? 'after' : `-${Math.ceil((deadlineLocal - o.sent) / 10_000) * 10}s`;
    windows.set(w, (windows.get(w) ?? 0) + 1);
  }
  const order = [];
  for (let s = Math.ceil(burstS / 10) * 10; s > 0; s -= 10) order.push(`-${s}s`);
  order.push('after');
  return order.map((w) => `${w} ${windows.get(w) ?? 0}`).join(' | ');
}

export function printFigures({ def, plan, bases, outcomes, deadlineLocal, lags, verdict, nodesS, worldS }) {
  const burst = outcomes.filter((o) => o.op.kind !== 'late');
  const before = burst.filter((o) => o.sent < deadlineLocal);
  const last60 = before.filter((o) => o.sent >= deadlineLocal - 60_000).length;
  const acked = outcomes.filter((o) => o.status === 200);
  const refused = new Map();
  for (const o of outcomes) if (o.status !== 200) refused.set(o.code, (refused.get(o.code) ?? 0) + 1);
  // a refusal for the deadline or a retry meeting its original in flight is an answer, not a failure
  const errors = outcomes.filter(
    (o) =>
      o.status !== 200 && o.code !== 'DEADLINE_PASSED' && !(o.op.kind === 'retry' && o.code === 'CONFLICT'),
  ).length;
  const kinds = new Map();
  for (const o of outcomes) kinds.set(o.op.kind, (kinds.get(o.op.kind) ?? 0) + 1);
  const sortedLags = [...lags].sort((a, b) => a - b);

  console.log(
    `Jicai deadline burst — ${def.companies} companies × ${def.products.length} products, round ${plan.roundId}, deadline ${plan.closesAt} (database clock)`,
  );
  console.log(
    `  nodes: ${bases.join(' and ')} over one PostgreSQL (started in ${nodesS.toFixed(1)} s); round set up in ${worldS.toFixed(1)} s`,
  );
  console.log(`  requests: ${outcomes.length} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(
    `  arrivals per 10 s before the deadline: ${profile(outcomes, deadlineLocal, Math.max(...outcomes.map((o) => deadlineLocal - o.sent)) / 1000)}`,
  );
  console.log(
    `  before the deadline: ${before.length} sent, ${last60} (${((100 * last60) / Math.max(1, before.length)).toFixed(0)} %) in its last 60 s; timer lag p99 ${ms(percentile(sortedLags, 99))} ms`,
  );
  console.log(
    `  acknowledged: ${acked.length} (${acked.filter((o) => o.replayed).length} replayed for a retried key); refused: ${[...refused].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`,
  );
  const atDeadline = before.filter((o) => o.code === 'DEADLINE_PASSED');
  if (atDeadline.length)
    console.log(
      `  refused although sent before the deadline (they reached the database after it): ${atDeadline.length}, sent at most ${Math.max(...atDeadline.map((o) => deadlineLocal - o.sent))} ms before it`,
    );
  const perNode = bases.map((base, i) => {
    const mine = burst.filter((o) => o.node === i);
    const l = latency(mine);
    console.log(
      `  node ${'ab'[i]} ${base}: ${mine.length} burst requests, latency p50 ${ms(l.p50)} ms, p99 ${ms(l.p99)} ms, max ${ms(l.max)} ms`,
    );
    return l;
  });
  console.log(
    `  stored: ${verdict.storedBids} current bids from ${verdict.keyedWrites} keyed writes (${verdict.unacknowledgedStored} without an answer)`,
  );
  for (const p of verdict.problems.slice(0, 20)) console.log(`  ! ${p}`);
  const all = latency(burst);
  const latencyOk = all.p99 <= def.thresholds.p99Ms;
  const errorsOk = errors <= def.thresholds.errorRate * outcomes.length;
  console.log(
    `  thresholds: p99 ${ms(all.p99)} ms ≤ ${def.thresholds.p99Ms} ms ${latencyOk ? 'met' : 'NOT met'}; failed requests ${errors} ${errorsOk ? 'within' : 'beyond'} error rate ${def.thresholds.errorRate}`,
  );
  console.log(
    `RESULT lost=${verdict.lost} duplicated=${verdict.duplicated} late=${verdict.late} errors=${errors} requests=${outcomes.length} acknowledged=${acked.length} refused_deadline=${refused.get('DEADLINE_PASSED') ?? 0} last60s_share=${(last60 / Math.max(1, before.length)).toFixed(2)} p50_ms_a=${ms(perNode[0]?.p50)} p99_ms_a=${ms(perNode[0]?.p99)} p50_ms_b=${ms(perNode[1]?.p50)} p99_ms_b=${ms(perNode[1]?.p99)}`,
  );
  if (verdict.lost + verdict.duplicated + verdict.late > 0 || !errorsOk) return 1;
  return latencyOk ? 0 : 3;
}
