// The checks after the deadline, against what PostgreSQL holds (the bids are sealed: before opening
// nobody, the office included, can read them over the API, so the database is where "stored exactly
// as acknowledged" can be seen): lost, duplicated, accepted late.
import pg from 'pg';

/**
 * `outcomes`: every request of the replay ({ op, sent, deadlineLocal, status, code, receipt,
 * replayed }) or null after k6 (then only what the database alone can prove is checked).
 */
export async function verifyBurst(databaseUrl, plan, outcomes) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: bids } = await client.query(
      `select b.company_id, p.code as product, b.commitment, b.revision, b.sequence::text as sequence,
              b.received_at < r.bidding_closes_at as in_time
         from bid b join product p on p.id = b.product_id join round r on r.id = b.round_id
        where b.round_id = $1`,
      [plan.roundId],
    );
    const { rows: keyed } = await client.query(
      `select i.company_id, i.key, p.code as product, i.commitment, i.revision, i.sequence::text as sequence,
              i.received_at < r.bidding_closes_at as in_time
         from bid_idempotency i join product p on p.id = i.product_id join round r on r.id = i.round_id
        where i.round_id = $1 and i.kind = 'bid'`,
      [plan.roundId],
    );
    return judge(plan, bids, keyed, outcomes);
  } finally {
    await client.end();
  }
}

const pairOf = (companyId, product) => `${companyId}|${product}`;

export function judge(plan, bids, keyed, outcomes) {
  const problems = [];
  const v = { lost: 0, duplicated: 0, late: 0, unacknowledgedStored: 0 };
  const bidByPair = new Map();
  for (const b of bids) {
    const pair = pairOf(b.company_id, b.product);
    if (bidByPair.has(pair)) (v.duplicated++, problems.push(`two current bids for ${pair}`));
    bidByPair.set(pair, b);
    if (!b.in_time) (v.late++, problems.push(`bid of ${pair} stored after the deadline`));
  }
  // every write is one idempotency row and one revision: as many rows as the bid's revision
  const writesByPair = new Map();
  for (const k of keyed) {
    const pair = pairOf(k.company_id, k.product);
    writesByPair.set(pair, (writesByPair.get(pair) ?? 0) + 1);
    if (!k.in_time) (v.late++, problems.push(`key ${k.key} written after the deadline`));
  }
  for (const [pair, b] of bidByPair)
    if (writesByPair.get(pair) !== b.revision)
      (v.duplicated++,
        problems.push(`${pair}: revision ${b.revision} after ${writesByPair.get(pair)} keyed writes`));

  if (outcomes) {
    const keyedByKey = new Map(keyed.map((k) => [`${k.company_id}|${k.key}`, k]));
    const lastAck = new Map(); // pair → the acknowledged receipt with the highest revision
    const firstAnswer = new Map(); // key → the first receipt answered for it
    const acked = new Set();
    for (const o of outcomes) {
      const companyId = plan.companies[o.op.company].id;
      if (o.status === 200 && o.sent >= o.deadlineLocal)
        (v.late++, problems.push(`${o.op.key} sent after the deadline and acknowledged`));
      if (o.op.kind === 'late' && o.code !== 'DEADLINE_PASSED')
        (v.late++, problems.push(`${o.op.key} after the deadline answered ${o.status} ${o.code ?? ''}`));
      if (o.status !== 200) continue;
      const r = o.receipt;
      acked.add(`${companyId}|${o.op.key}`);
      const stored = keyedByKey.get(`${companyId}|${o.op.key}`);
      if (!stored || stored.commitment !== r.commitment || stored.revision !== r.revision)
        (v.lost++,
          problems.push(`receipt of ${o.op.key} (revision ${r.revision}) not stored as acknowledged`));
      if (r.receivedAt >= plan.closesAt)
        (v.late++,
          problems.push(`receipt of ${o.op.key} received at ${r.receivedAt}, deadline ${plan.closesAt}`));
      const earlier = firstAnswer.get(o.op.key);
      if (earlier && (earlier.commitment !== r.commitment || earlier.sequence !== r.sequence))
        (v.duplicated++, problems.push(`${o.op.key} answered twice with different receipts`));
      if (o.op.kind === 'retry' && earlier && !o.replayed)
        (v.duplicated++, problems.push(`retry of ${o.op.key} not answered as a replay`));
      if (!earlier) firstAnswer.set(o.op.key, r);
      const pair = pairOf(companyId, o.op.product);
      if ((lastAck.get(pair)?.revision ?? 0) < r.revision) lastAck.set(pair, r);
    }
    for (const [pair, r] of lastAck) {
      const b = bidByPair.get(pair);
      if (!b || b.revision < r.revision || (b.revision === r.revision && b.commitment !== r.commitment))
        (v.lost++, problems.push(`${pair}: acknowledged revision ${r.revision} is not the stored bid`));
    }
    // a write whose answer never arrived (a timeout) is stored without a receipt: not lost, counted
    for (const k of keyed) if (!acked.has(`${k.company_id}|${k.key}`)) v.unacknowledgedStored++;
  }
  return { ...v, storedBids: bids.length, keyedWrites: keyed.length, problems };
}
