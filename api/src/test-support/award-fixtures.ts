import { decodeRulesetChoice, shanghaiInstant, type Ruleset } from '@jicai/domain';
import { sql, type Kysely } from 'kysely';
import { setPlatformClock } from './platform-clock.js';
import { signIn } from './sign-in.js';
import { createOrgUser, ensureRegion } from './fixtures.js';
import type { TestContext } from './test-context.js';
import { runOpeningEvaluation } from '../award/evaluation.service.js';

/**
 * Test support for the opening feature: a round whose bidding closed at 09:00 on Monday 1 March
 * 2027 (Shanghai), on the rehearsal clock at 10:00 that day, with one product P1 (S1 10 mg and
 * S2 20 mg, 14 per pack, ceilings 2.0000 and 3.4000 per unit), registrations, company facts,
 * approved demand in BJ, TJ and SH, and bids written straight into `opened_bid` (the bids feature
 * is another's).
 */
export const T0 = shanghaiInstant('2027-03-01', '10:00');
export const at = (day: string, time: string) => shanghaiInstant(day, time);

const USERS = [
  ['office', ['office-admin'], 'office1', null],
  ['office', ['auditor'], 'audit1', null],
  ['company', ['company-user'], 'comp-a', null],
  ['company', ['company-user'], 'comp-b', null],
  ['company', ['company-user'], 'comp-c', null],
  ['company', ['company-user'], 'comp-d', null],
  ['company', ['company-user'], 'comp-e', null],
  ['hospital', ['hospital-user'], 'hosp-bj', 'BJ'],
  ['hospital', ['hospital-user'], 'hosp-tj', 'TJ'],
  ['hospital', ['hospital-user'], 'hosp-sh', 'SH'],
] as const;
export type Login = (typeof USERS)[number][2];
export type World = Record<Login, { organisationId: string; userId: string; cookie: string }>;

export async function createWorld(t: TestContext): Promise<World> {
  for (const [code, name] of [
    ['BJ', '北京市'],
    ['TJ', '天津市'],
    ['SH', '上海市'],
  ] as const)
    await ensureRegion(t.db, code, name);
  await setPlatformClock(t.db, T0);
  const world = {} as World;
  for (const [kind, roles, login, region] of USERS) {
    const user = await createOrgUser(t.db, kind, [...roles], login, region);
    world[login] = { ...user, cookie: await signIn(t, login) };
  }
  return world;
}

export interface RoundSpec {
  /** the office's choice: a built-in name or {"extends": …, …overrides} */
  readonly ruleset: unknown;
  /** what was frozen at publish, when it is not what the choice resolves to today */
  readonly frozen?: Ruleset;
  readonly state?: 'bidding-closed' | 'technical-opened';
  /** pack prices of P1 by company (spec S1 unless `spec` says S2) */
  readonly bids: readonly { login: Login; packPrice: string; spec?: 'S1' | 'S2'; technicalPass?: boolean }[];
  readonly demand: readonly { hospital: Login; quantity: number; brand?: Login }[];
  /** a bid that failed to decrypt: never evaluated */
  readonly tampered?: Login;
}

export const DEFAULT_DEMAND: RoundSpec['demand'] = [
  { hospital: 'hosp-bj', quantity: 100_000 },
  { hospital: 'hosp-tj', quantity: 50_000 },
  { hospital: 'hosp-sh', quantity: 20_000 },
  // a brand that did not bid: the line is published as generic (G17)
  { hospital: 'hosp-sh', quantity: 999, brand: 'comp-e' },
];

let roundNo = 1;

/** The round, in state bidding-closed; returns its ids. */
export function createClosedRound(t: TestContext, world: World, spec: RoundSpec) {
  // one transaction: the representative spec's foreign key is checked at commit
  return (t.db as Kysely<any>).transaction().execute((db) => insertClosedRound(db, world, spec));
}

async function insertClosedRound(db: Kysely<any>, world: World, spec: RoundSpec) {
  const decoded = decodeRulesetChoice(spec.ruleset);
  if (!decoded.ok) throw new Error(`bad ruleset ${JSON.stringify(decoded.problems)}`);
  const ruleset = spec.frozen ?? decoded.ruleset;
  const office = world.office1.userId;
  const round = await db
    .insertInto('round')
    .values({
      code: `OPEN-${roundNo++}`,
      name: '第十批 opening',
      state: spec.state ?? 'bidding-closed',
      ruleset: JSON.stringify(spec.ruleset),
      ruleset_frozen: JSON.stringify(ruleset),
      published_at: at('2027-01-05', '10:00'),
      demand_opens_at: at('2027-01-10', '09:00'),
      demand_closes_at: at('2027-01-20', '17:00'),
      bidding_opens_at: at('2027-02-20', '09:00'),
      bidding_closes_at: at('2027-03-01', '09:00'),
      opening_at: at('2027-03-01', '09:00'),
      objection_working_days: 3,
      created_by: office,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const roundId = round.id as string;
  await db
    .insertInto('round_region')
    .values(['BJ', 'SH', 'TJ'].map((region_code) => ({ round_id: roundId, region_code })))
    .execute();
  const productId = (
    await db
      .insertInto('product')
      .values({
        round_id: roundId,
        code: 'P1',
        name: '阿托伐他汀钙片',
        form: 'oral-solid',
        volume_class: 'general',
        strength_unit: 'mg',
        representative_spec_code: 'S1',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id as string;
  const specs = await db
    .insertInto('spec')
    .values([
      { product_id: productId, code: 'S1', strength: '10', unit_count: 14, ceiling: '2.0000' },
      { product_id: productId, code: 'S2', strength: '20', unit_count: 14, ceiling: '3.4000' },
    ])
    .returning(['id', 'code'])
    .execute();
  const specId = (code: string) => specs.find((s) => s.code === code)?.id as string;

  let seq = 0;
  for (const bid of [...spec.bids, ...(spec.tampered ? [{ login: spec.tampered, packPrice: '1.00' }] : [])]) {
    const companyId = world[bid.login].organisationId;
    const tampered = bid.login === spec.tampered;
    const specOf = specId('spec' in bid && bid.spec ? bid.spec : 'S1');
    seq++;
    await db
      .insertInto('company_fact')
      .values({
        company_id: companyId,
        credit_rank: 0,
        regions_supplied_last_year: 10 + seq,
        sales_volume: 1000 * seq,
        updated_by: office,
      })
      .onConflict((oc) => oc.column('company_id').doNothing())
      .execute();
    await db
      .insertInto('company_product')
      .values({
        round_id: roundId,
        product_id: productId,
        spec_id: specOf,
        company_id: companyId,
        approval_number: `国药准字H2020${String(1000 + seq).padStart(4, '0')}`,
        approval_date: '2015-01-01',
        originator: false,
        consistency_passed_on: '2020-01-01',
        annual_capacity: 10_000_000,
        created_by: world[bid.login].userId,
      })
      .execute();
    const commitment = seq.toString(16).padStart(64, '0');
    const sealed = await db
      .insertInto('bid')
      .values({
        round_id: roundId,
        product_id: productId,
        company_id: companyId,
        commitment,
        envelope: JSON.stringify({ ephemeral: 'e', wrappedKey: 'w', box: 'b' }),
        salt_sealed: 'sealed',
        revision: 1,
        sequence: 1,
        received_at: at('2027-02-25', '08:00'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('opened_bid')
      .values({
        bid_id: sealed.id,
        round_id: roundId,
        company_id: companyId,
        product_id: productId,
        spec_id: tampered ? null : specOf,
        pack_price: tampered ? null : bid.packPrice,
        technical_pass: 'technicalPass' in bid ? bid.technicalPass : null,
        submitted_at: sql`${`2027-02-25T08:${String(seq).padStart(2, '0')}:00.123456+08:00`}::timestamptz`,
        revision: 1,
        commitment,
        status: tampered ? 'tampered' : 'opened',
        problem: tampered ? 'the envelope did not decrypt' : null,
      })
      .execute();
  }

  for (const line of spec.demand) {
    const hospital = world[line.hospital];
    await db
      .insertInto('demand_report')
      .values({
        round_id: roundId,
        product_id: productId,
        hospital_id: hospital.organisationId,
        region_code: line.hospital.slice(5).toUpperCase(),
        quantity: line.quantity,
        brand_company_id: line.brand ? world[line.brand].organisationId : null,
        status: 'approved',
        reviewed_by: office,
        reviewed_at: at('2027-01-21', '10:00'),
        submitted_at: at('2027-01-15', '10:00'),
        updated_at: at('2027-01-21', '10:00'),
      })
      .execute();
  }
  return { roundId, productId };
}

/** What the bids feature does once k shares are in. */
export function openRound(t: TestContext, world: World, roundId: string, signed = false) {
  return t.db
    .transaction()
    .execute((trx) =>
      runOpeningEvaluation(trx, roundId, world.office1.userId, signed ? t.deps.signer : undefined),
    );
}
