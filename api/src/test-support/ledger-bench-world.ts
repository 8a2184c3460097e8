import { sql } from 'kysely';
import type { Actor } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { makeUscc } from './fixtures.js';
import { insertCatalogue, insertStageRound } from './matrix/matrix-round-rows.js';

/** The 31 provincial regions of a national round. */
export const LEDGER_REGIONS = [
  'BJ', 'TJ', 'HE', 'SX', 'NM', 'LN', 'JL', 'HL', 'SH', 'JS', 'ZJ', 'AH', 'FJ', 'JX', 'SD', 'HA',
  'HB', 'HN', 'GD', 'GX', 'HI', 'CQ', 'SC', 'GZ', 'YN', 'XZ', 'SN', 'GS', 'QH', 'NX', 'XJ',
]; // prettier-ignore
const COMPANIES = 20;

export interface LedgerWorld {
  readonly roundId: string;
  readonly userId: string;
  readonly hospitals: readonly { id: string; regionCode: string; regionIndex: number }[];
  /** the companies' USCCs, as a hospital's file names them */
  readonly companies: readonly string[];
  readonly productIds: readonly string[];
  readonly productCode: (p: number) => string;
  /** the company index that won product p in region r */
  readonly winner: (p: number, r: number) => number;
  /** the awarded price of product p per pack, in fen */
  readonly priceCents: (p: number) => number;
  readonly agreements: number;
  readonly agreementLines: number;
}

/**
 * A national round in its cycle for the ledger benchmark (and its smoke test): `hospitals`
 * institutions over 31 regions, `products` products (spec S1, 14 per pack), 20 companies; product p
 * in region r won by company (p + r) mod 20; one agreement per institution × company it buys from,
 * one line per product — written set-based, as the agreement job's output would stand.
 */
export async function buildLedgerWorld(
  db: Db,
  size: { hospitals: number; products: number },
): Promise<LedgerWorld> {
  await db
    .insertInto('region')
    .values(LEDGER_REGIONS.map((code) => ({ code, name: `区域 ${code}` })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const office = await db
    .insertInto('organisation')
    .values({ kind: 'office', name: '国家组织药品联合采购办公室' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const admin = await db
    .insertInto('app_user')
    .values({
      organisation_id: office.id,
      login: `ledger-admin-${office.id.slice(0, 8)}`,
      display_name: 'bench',
      password_hash: 'x',
      roles: ['office-admin'],
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const usccs = Array.from({ length: COMPANIES }, () => makeUscc());
  const companies = await db
    .insertInto('organisation')
    .values(usccs.map((uscc, i) => ({ kind: 'company' as const, name: `集采制药有限公司${i + 1}`, uscc })))
    .returning(['id', 'uscc'])
    .execute();
  const companyIds = usccs.map((u) => companies.find((c) => c.uscc === u)?.id as string);
  const roundId = await insertStageRound(db, {
    createdBy: admin.id,
    state: 'volumes-agreed',
    ruleset: 'nvbp-10',
    closed: true,
  });
  await db
    .insertInto('round_region')
    .values(LEDGER_REGIONS.map((region_code) => ({ round_id: roundId, region_code })) as never)
    .onConflict((oc) => oc.doNothing())
    .execute();
  const productCode = (p: number) => `LP${String(p + 1).padStart(3, '0')}`;
  const actors = companyIds.slice(0, 3).map((id) => ({ organisationId: id, userId: admin.id }) as Actor);
  const catalogue = await insertCatalogue(
    db,
    roundId,
    Array.from({ length: size.products }, (_, p) => productCode(p)),
    actors,
  );
  const productIds = Array.from(
    { length: size.products },
    (_, p) => catalogue.get(productCode(p))?.productId as string,
  );
  // institutions, set-based: hospital i in region i mod 31
  const hospitalUsccs = Array.from({ length: size.hospitals }, () => makeUscc());
  await sql`insert into organisation (kind, name, region_code, uscc)
    select 'hospital', '医疗机构' || (n - 1), (${LEDGER_REGIONS}::text[])[1 + (n - 1) % ${LEDGER_REGIONS.length}], u
    from unnest(${hospitalUsccs}::text[]) with ordinality as x(u, n)`.execute(db);
  const hospitalRows = await sql<{ id: string; i: number }>`
    select id, substring(name from 5)::int as i from organisation where kind = 'hospital' and name like '医疗机构%'`.execute(
    db,
  );
  const hospitals = new Array<LedgerWorld['hospitals'][number]>(size.hospitals);
  for (const h of hospitalRows.rows) {
    const r = h.i % LEDGER_REGIONS.length;
    hospitals[h.i] = { id: h.id, regionCode: LEDGER_REGIONS[r] as string, regionIndex: r };
  }
  const priceCents = (p: number) => 1000 + p * 37;
  // the winners' agreements and their lines, as the agreement job leaves them
  await sql`
    with h as (select id, substring(name from 5)::int % ${LEDGER_REGIONS.length} as r
               from organisation where kind = 'hospital' and name like '医疗机构%'),
    p as (select p - 1 as p from generate_series(1, ${size.products}) p)
    insert into agreement (round_id, hospital_id, company_id)
    select distinct ${roundId}::uuid, h.id, (${companyIds}::uuid[])[1 + (p.p + h.r) % ${COMPANIES}]
    from h cross join p`.execute(db);
  await sql`
    with h as (select id, substring(name from 5)::int % ${LEDGER_REGIONS.length} as r
               from organisation where kind = 'hospital' and name like '医疗机构%'),
    p as (select p - 1 as p, (${productIds}::uuid[])[p] as id from generate_series(1, ${size.products}) p)
    insert into agreement_line (agreement_id, product_id, group_key, spec_code, units_per_pack, pack_price,
      agreed_volume, supply, cycle_start, cycle_end)
    select a.id, p.id, null, 'S1', 14, (1000 + p.p * 37) / 100.0, 1400 * (1 + (p.p % 9)), 'primary',
      '2027-01-01', '2027-12-31'
    from h cross join p
    join agreement a on a.round_id = ${roundId}::uuid and a.hospital_id = h.id
      and a.company_id = (${companyIds}::uuid[])[1 + (p.p + h.r) % ${COMPANIES}]`.execute(db);
  const counts = await sql<{ agreements: string; lines: string }>`
    select (select count(*) from agreement where round_id = ${roundId}::uuid)::text as agreements,
      (select count(*) from agreement_line l join agreement a on a.id = l.agreement_id
       where a.round_id = ${roundId}::uuid)::text as lines`.execute(db);
  await sql`analyze`.execute(db);
  return {
    roundId,
    userId: admin.id,
    hospitals,
    companies: usccs,
    productIds,
    productCode,
    winner: (p, r) => (p + r) % COMPANIES,
    priceCents,
    agreements: Number(counts.rows[0]?.agreements),
    agreementLines: Number(counts.rows[0]?.lines),
  };
}
