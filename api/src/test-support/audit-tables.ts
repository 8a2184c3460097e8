import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { BidReceipt } from '../bids/bid-receipt.js';
import type { BidWorld } from './bid-test-world.js';
import type { Db } from '../db/database.js';
import { verifyAudit, type AuditReport } from '../audit/verify-audit.js';
import { ok, testApi } from './api-client.js';
import type { TestContext } from './test-context.js';

type User = BidWorld['companies'][number];

/** A sealed bid through the API, as a company places it. */
export async function placeBid(
  t: TestContext,
  w: BidWorld,
  c: User,
  product: string,
  packPrice: string,
  technical?: string,
): Promise<BidReceipt> {
  const params = {
    path: { roundId: w.roundId, productCode: product },
    header: { 'idempotency-key': randomUUID() },
  };
  const body = { specCode: 'S1', packPrice, technical };
  return (await ok(
    testApi(t, { token: c.token }).PUT('/rounds/{roundId}/bids/{productCode}', { params, body }),
  )) as BidReceipt;
}

export async function withdrawBid(t: TestContext, w: BidWorld, c: User, product: string) {
  const params = {
    path: { roundId: w.roundId, productCode: product },
    header: { 'idempotency-key': randomUUID() },
  };
  await ok(testApi(t, { token: c.token }).DELETE('/rounds/{roundId}/bids/{productCode}', { params }));
}

/**
 * These officials hand in their shares, the last of them the k-th: the bids open (in a dual-envelope
 * round, first the technical envelopes) and the opening evaluation is recorded.
 */
export async function openBids(t: TestContext, w: BidWorld, officials: readonly number[]) {
  for (const [n, i] of officials.entries()) {
    const official = testApi(t, { token: w.officials[i]?.token });
    const body = { share: w.ceremony?.shares[i]?.share as string };
    const handIn = official.POST('/rounds/{roundId}/opening/shares', {
      params: { path: { roundId: w.roundId } },
      body,
    });
    await ok(handIn, n === officials.length - 1 ? 200 : 202);
  }
}

class RolledBack extends Error {}

/**
 * What verification reports after `statements`, run as a database superuser would (append-only
 * and immutability triggers off where `replica`), inside a transaction that is then rolled back.
 */
export async function verifyAfter(
  db: Db,
  statements: readonly RawBuilder<unknown>[],
  o: { replica?: boolean } = {},
): Promise<AuditReport> {
  let report: AuditReport | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      if (o.replica) await sql`set local session_replication_role = replica`.execute(trx);
      for (const statement of statements) await statement.execute(trx);
      report = await verifyAudit(trx);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return report as AuditReport;
}

/** The findings as `KIND: message` lines, the way `./jicai audit verify` prints them. */
export const findingLines = (report: AuditReport) => report.findings.map((f) => `${f.kind}: ${f.message}`);
