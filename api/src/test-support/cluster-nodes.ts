import { sql } from 'kysely';
import { LEADER_LOCK } from '../cluster/leader.js';
import type { Db } from '../db/database.js';
import { createApiClient } from '../client/api-client.js';
import type { BidReceipt } from '../bids/bid-receipt.js';
import type { BidWorld } from './bid-test-world.js';

/** One company's bid for one product, with the idempotency key its retries keep. */
export interface BidAttempt {
  readonly company: BidWorld['companies'][number];
  readonly product: string;
  readonly key: string;
}

/** The bid PUT through a node's HTTP API; rejects when the connection dies (the node was killed). */
export async function sendBid(
  url: string,
  roundId: string,
  a: BidAttempt,
): Promise<{ status: number; receipt: BidReceipt }> {
  const api = createApiClient({
    baseUrl: `${url}/api`,
    headers: { authorization: `Bearer ${a.company.token}` },
  });
  const { data, error, response } = await api.PUT('/rounds/{roundId}/bids/{productCode}', {
    params: { path: { roundId, productCode: a.product }, header: { 'idempotency-key': a.key } },
    body: { specCode: 'S1', packPrice: '7.77' },
  });
  return { status: response.status, receipt: (data ?? error) as BidReceipt };
}

/** The application_name of the session holding the leader lock (`jicai leader <node>`), or null. */
export async function leaderName(db: Db): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`select a.application_name as name
      from pg_locks l join pg_stat_activity a on a.pid = l.pid
     where l.locktype = 'advisory' and l.granted and l.objsubid = 2
       and l.database = (select oid from pg_database where datname = current_database())
       and l.classid = ${LEADER_LOCK.classid} and l.objid = ${LEADER_LOCK.objid}`.execute(db);
  return rows[0]?.name ?? null;
}

/** Polls `check` every 100 ms until it holds, or fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
