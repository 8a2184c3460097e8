import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { findingLines, openBids, placeBid, verifyAfter, withdrawBid } from '../test-support/audit-tables.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { verifyAudit } from './verify-audit.js';

/**
 * What a database superuser can do to the business tables without touching the audit chain, and
 * the finding verification names for each (the fourth company never bids). Every tampering is
 * rolled back after it was verified.
 */

let t: TestContext;
let w: BidWorld;
const bidIds = new Map<string, string>();
const bidOf = (company: number, product: string) => bidIds.get(`${company}|${product}`) as string;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 4, products: ['AMLO', 'ATOR'], officials: 3, k: 2 });
  const [c0, c1, c2] = w.companies as [
    BidWorld['companies'][number],
    BidWorld['companies'][number],
    BidWorld['companies'][number],
  ];
  await placeBid(t, w, c0, 'AMLO', '1.10');
  await placeBid(t, w, c1, 'AMLO', '1.20');
  await placeBid(t, w, c2, 'AMLO', '1.30');
  await placeBid(t, w, c0, 'ATOR', '1.50');
  await placeBid(t, w, c1, 'ATOR', '1.60');
  await placeBid(t, w, c1, 'ATOR', '1.55');
  await placeBid(t, w, c2, 'ATOR', '1.70');
  await withdrawBid(t, w, c2, 'ATOR');
  const rows = await t.db
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .select(['bid.id', 'bid.company_id', 'product.code'])
    .execute();
  for (const row of rows) {
    const i = w.companies.findIndex((c) => c.organisationId === row.company_id);
    bidIds.set(`${i}|${row.code}`, row.id);
  }
}, 60_000);
afterAll(() => t.close());

const linkSeq = async (bidId: string) => {
  const row = await t.db
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .innerJoin('audit_event', (j) =>
      j
        .on('audit_event.stream', '=', sql<string>`'round:' || bid.round_id || ':company:' || bid.company_id`)
        .on('audit_event.subject', '=', sql<string>`'round:' || bid.round_id || ':product:' || product.code`),
    )
    .select(sql<string>`max(audit_event.seq)::text`.as('seq'))
    .where('bid.id', '=', bidId)
    .executeTakeFirstOrThrow();
  return row.seq;
};

describe('before opening', () => {
  it('finds nothing on the tables as the platform wrote them', async () => {
    const report = await verifyAudit(t.db);
    expect([report.ok, report.findings, report.checked]).toEqual([
      true,
      [],
      { bids: 6, openedBids: 0, evaluationRecords: 0 },
    ]);
  });

  it('names a rewritten ciphertext, a changed commitment, a deleted bid and a bid with no link', async () => {
    const amlo = bidOf(1, 'AMLO');
    const seq = await linkSeq(amlo);
    const other = await t.db
      .selectFrom('bid')
      .select('envelope')
      .where('id', '=', bidOf(2, 'AMLO'))
      .executeTakeFirstOrThrow();
    expect(
      findingLines(
        await verifyAfter(t.db, [
          sql`update bid set envelope = ${JSON.stringify(other.envelope)} where id = ${amlo}`,
        ]),
      ),
    ).toEqual([`BID_CIPHERTEXT_DIFFERS: bid ${amlo}: ciphertext differs from its audit link (seq ${seq})`]);
    expect(
      findingLines(
        await verifyAfter(t.db, [sql`update bid set commitment = ${'a'.repeat(64)} where id = ${amlo}`]),
      ),
    ).toEqual([`BID_COMMITMENT_DIFFERS: bid ${amlo}: commitment differs from its audit link (seq ${seq})`]);

    const stream = `round:${w.roundId}:company:${w.companies[0]?.organisationId ?? ''}`;
    const deleted = await verifyAfter(t.db, [sql`delete from bid where id = ${bidOf(0, 'ATOR')}`]);
    expect(findingLines(deleted)).toEqual([
      `BID_LINK_WITHOUT_ROW: round:${w.roundId}:product:ATOR of ${stream}: audit link seq 2 has no bid row`,
    ]);

    const forged = await verifyAfter(t.db, [
      sql`insert into bid (round_id, product_id, company_id, commitment, envelope, salt_sealed, revision, sequence, received_at)
          select round_id, product_id, ${w.companies[3]?.organisationId ?? ''}::uuid, commitment, envelope, salt_sealed, 1, 9, received_at
          from bid where id = ${bidOf(0, 'ATOR')} returning id`,
    ]);
    expect(forged.findings).toEqual([
      {
        kind: 'BID_WITHOUT_LINK',
        roundId: w.roundId,
        message: expect.stringMatching(/^bid [0-9a-f-]{36}: no audit link$/),
      },
    ]);
  });

  it('names a withdrawal undone and a revision rolled back', async () => {
    const withdrawn = bidOf(2, 'ATOR');
    const replaced = bidOf(1, 'ATOR');
    const report = await verifyAfter(t.db, [
      sql`update bid set withdrawn = false, commitment = (select commitment from bid where id = ${replaced}),
            envelope = (select envelope from bid where id = ${replaced}),
            salt_sealed = (select salt_sealed from bid where id = ${replaced}) where id = ${withdrawn}`,
      sql`update bid set revision = 1 where id = ${replaced}`,
    ]);
    const [seqWithdrawn, seqReplaced] = [await linkSeq(withdrawn), await linkSeq(replaced)];
    expect(findingLines(report).sort()).toEqual(
      [
        `BID_WITHDRAWAL_DIFFERS: bid ${withdrawn}: live here, withdrawn in its audit link (seq ${seqWithdrawn})`,
        `BID_REVISION_DIFFERS: bid ${replaced}: revision 1 sequence 3 here, revision 2 sequence 3 in its audit link (seq ${seqReplaced})`,
      ].sort(),
    );
  });

  it('tells the office that a round’s sealed bids differ, and only an auditor which bid', async () => {
    const amlo = bidOf(1, 'AMLO');
    const before = await t.db
      .selectFrom('bid')
      .select('commitment')
      .where('id', '=', amlo)
      .executeTakeFirstOrThrow();
    await sql`update bid set commitment = ${'b'.repeat(64)} where id = ${amlo}`.execute(t.db);
    try {
      const as = async (token: string | undefined) =>
        (await (await t.request('/api/audit/verify', { token })).json()) as Record<string, unknown>;
      expect(await as(w.admin.token)).toEqual({
        ok: false,
        seals: 0,
        digests: 0,
        findings: [
          {
            kind: 'SEALED_BIDS_DIFFER',
            roundId: w.roundId,
            message: `round ${w.roundId}: sealed bids differ from the audit chain (an auditor sees which)`,
          },
        ],
      });
      expect(await as(w.auditor.token)).toMatchObject({
        ok: false,
        findings: [
          { kind: 'BID_COMMITMENT_DIFFERS', roundId: w.roundId, message: expect.stringContaining(amlo) },
        ],
      });
    } finally {
      await sql`update bid set commitment = ${before.commitment} where id = ${amlo}`.execute(t.db);
    }
  });
});

describe('after opening', () => {
  beforeAll(async () => {
    await closeBidding(t.db, w.roundId);
    await openBids(t, w, [0, 1]);
  }, 60_000);

  it('finds nothing on the tables as the opening wrote them', async () => {
    const report = await verifyAudit(t.db);
    expect([report.ok, report.findings, report.checked]).toEqual([
      true,
      [],
      { bids: 6, openedBids: 5, evaluationRecords: 1 },
    ]);
  });

  it('names a price set after opening: it no longer re-derives the bid’s commitment', async () => {
    const opened = await t.db
      .selectFrom('opened_bid')
      .select('id')
      .where('bid_id', '=', bidOf(0, 'AMLO'))
      .executeTakeFirstOrThrow();
    const report = await verifyAfter(t.db, [
      sql`update opened_bid set pack_price = '1.00' where id = ${opened.id}`,
    ]);
    expect(findingLines(report)).toEqual([
      `OPENED_PRICE_NOT_COMMITTED: opened bid ${opened.id}: spec or price does not match the commitment of bid ${bidOf(0, 'AMLO')}`,
    ]);
  });

  it('names a bid deleted with its opened row, and an opened bid turned tampered', async () => {
    const gone = bidOf(2, 'AMLO');
    const stream = `round:${w.roundId}:company:${w.companies[2]?.organisationId ?? ''}`;
    const deleted = await verifyAfter(t.db, [sql`delete from bid where id = ${gone}`]);
    expect(findingLines(deleted)).toEqual([
      `BID_LINK_WITHOUT_ROW: round:${w.roundId}:product:AMLO of ${stream}: audit link seq 1 has no bid row`,
      `OPENING_DIFFERS: round ${w.roundId}: 4 opened and 0 tampered bids of 4, its opening link (seq ${await openingSeq()}) says 5 and 0`,
    ]);
    const flipped = await verifyAfter(t.db, [
      sql`update opened_bid set status = 'tampered', pack_price = null, spec_id = null, problem = 'x' where bid_id = ${gone}`,
    ]);
    expect(findingLines(flipped)).toEqual([
      `OPENING_DIFFERS: round ${w.roundId}: 4 opened and 1 tampered bids of 5, its opening link (seq ${await openingSeq()}) says 5 and 0`,
    ]);
  });

  it('names a rewritten ciphertext after opening too', async () => {
    const amlo = bidOf(0, 'AMLO');
    const report = await verifyAfter(t.db, [
      sql`update bid set envelope = jsonb_set(envelope, '{box}', '"AAAA"') where id = ${amlo}`,
    ]);
    expect(findingLines(report)).toEqual([
      `BID_CIPHERTEXT_DIFFERS: bid ${amlo}: ciphertext differs from its audit link (seq ${await linkSeq(amlo)})`,
    ]);
  });

  it('names a republished evaluation output and a deleted evaluation record', async () => {
    const record = await t.db
      .selectFrom('evaluation_record')
      .select(['id', 'output_json'])
      .executeTakeFirstOrThrow();
    const forged = record.output_json.replace(/"status": "[a-z-]+"/, '"status": "forged"');
    const sha = createHash('sha256').update(forged).digest('hex');
    const republished = await verifyAfter(
      t.db,
      [
        sql`update evaluation_record set output_json = ${forged}, output_sha256 = ${sha} where id = ${record.id}`,
      ],
      { replica: true },
    );
    const seq = await t.db
      .selectFrom('audit_event')
      .select(sql<string>`seq::text`.as('seq'))
      .where('subject', '=', `evaluation-record:${record.id}`)
      .executeTakeFirstOrThrow();
    expect(findingLines(republished)).toEqual([
      `EVALUATION_FILE_DIFFERS: evaluation record ${record.id}: published output differs from its audit link (seq ${seq.seq})`,
    ]);
    const deleted = await verifyAfter(t.db, [sql`delete from evaluation_record where id = ${record.id}`], {
      replica: true,
    });
    expect(findingLines(deleted)).toEqual([
      `EVALUATION_LINK_WITHOUT_RECORD: evaluation-record:${record.id}: audit link round:${w.roundId} seq ${seq.seq} has no evaluation record`,
    ]);
  });
});

async function openingSeq() {
  const row = await t.db
    .selectFrom('audit_event')
    .select(sql<string>`seq::text`.as('seq'))
    .where('stream', '=', `round:${w.roundId}`)
    .where('action', '=', 'bids.opened')
    .executeTakeFirstOrThrow();
  return row.seq;
}
