import { randomBytes } from 'node:crypto';
import { Dec } from '@jicai/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { institutionProgressQuery, regionProductProgressQuery } from '../monitoring/progress.repository.js';
import { buildLedgerWorld, type LedgerWorld } from '../test-support/ledger-bench-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { ingestPurchaseRows } from './purchase-ingest.js';
import type { HospitalRow } from './purchase-lines.js';

// A smoke of bench/ledger.bench.ts's path at 2,000 lines: the benchmark itself is never a test.
let t: TestContext;
let w: LedgerWorld;
const LINES = 2000;

function rows(): HospitalRow[] {
  return Array.from({ length: LINES }, (_, g) => {
    const hospital = w.hospitals[g % w.hospitals.length] as LedgerWorld['hospitals'][number];
    const p = g % w.productIds.length;
    const outside = g % 30 === 0;
    const cents = w.priceCents(p) + (outside ? 99 : 0);
    const packPrice = new Dec(cents).div(100).toFixed(2);
    const company = w.companies[(w.winner(p, hospital.regionIndex) + (outside ? 7 : 0)) % w.companies.length];
    return {
      sheet: null,
      row: g + 2,
      externalRef: `RK${g}`,
      productCode: w.productCode(p),
      company: company as string,
      specCode: null,
      packs: 1 + (g % 5),
      packPrice,
      amount: new Dec(packPrice).times(1 + (g % 5)).toFixed(),
      orderedOn: `2027-0${1 + (g % 9)}-15`,
      hospitalId: hospital.id,
      regionCode: hospital.regionCode,
    };
  });
}

async function ingest(lines: HospitalRow[]) {
  return t.db.transaction().execute(async (trx) => {
    const file = await trx
      .insertInto('purchase_import')
      .values({
        hospital_id: lines[0]?.hospitalId as string,
        round_id: w.roundId,
        file_sha256: randomBytes(32).toString('hex'),
        file_name: 'smoke.csv',
        line_count: lines.length,
        imported_by: w.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return ingestPurchaseRows(
      trx,
      { roundId: w.roundId, importId: file.id, by: w.userId },
      lines,
      '2027-12-31',
    );
  });
}

beforeAll(async () => {
  t = await createTestContext();
  w = await buildLedgerWorld(t.db, { hospitals: 62, products: 5 });
}, 60_000);
afterAll(() => t?.close());

describe('the ledger benchmark’s ingest path (smoke)', () => {
  it('records a regional file set-based, rolls it up once, and the progress queries read it', async () => {
    const first = await ingest(rows());
    expect(first).toMatchObject({ recorded: LINES, skipped: 0 });
    const { rows: counted } = await sql<{ lines: string; agreed: string }>`
      select (select sum(lines) from purchase_month)::text as lines,
        (select count(*) from purchase where agreement_id is not null)::text as agreed`.execute(t.db);
    expect(counted[0]).toEqual({ lines: String(LINES), agreed: String(LINES - Math.ceil(LINES / 30)) });
    const hospital = w.hospitals[0] as LedgerWorld['hospitals'][number];
    const institution = (await institutionProgressQuery(w.roundId, hospital.id).execute(t.db)).rows;
    expect(institution.some((r) => Number(r.purchased_units) > 0)).toBe(true);
    const region = (
      await regionProductProgressQuery(w.roundId, { regionCode: hospital.regionCode }).execute(t.db)
    ).rows;
    expect(region.some((r) => Number(r.purchased_units) > 0)).toBe(true);
    // the same lines again under another file: skipped, nothing added
    expect(await ingest(rows())).toMatchObject({ recorded: 0, skipped: LINES });
  });
});
