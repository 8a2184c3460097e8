import { checkUscc } from '@jicai/domain';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDbNow } from '../db/db-clock.js';
import { sweepDueRounds } from '../scheduler/round-scheduler.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { DEMO_REGIONS } from './demo-alliance.js';
import { DEMO_LOGINS, DEMO_ROUNDS, seedDemoIfEmpty } from './demo-seed.js';
import { signIn as signInAs } from '../test-support/sign-in.js';

let t: TestContext;
let seedStatements = 0;
beforeAll(async () => {
  t = await createTestContext();
  await seedDemoIfEmpty(t.db.withPlugin(countingStatements(() => seedStatements++)));
});
afterAll(() => t.close());

type Json = Record<string, any>;

/** Counts the statements sent through a Kysely instance (and its transactions). */
function countingStatements(count: () => void): KyselyPlugin {
  return {
    transformQuery: ({ node }) => (count(), node),
    transformResult: async ({ result }) => result,
  };
}
const TABLES = [
  'region',
  'organisation',
  'app_user',
  'company_fact',
  'round',
  'round_region',
  'product',
  'spec',
  'company_product',
  'demand_report',
  'audit_event',
] as const;

/** Row counts of every table the seed writes, and each round's state. */
async function snapshot() {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    counts[table] = Number(rows[0]?.n);
  }
  const rounds = await t.db.selectFrom('round').select(['id', 'code', 'state']).orderBy('code').execute();
  return { counts, rounds };
}

const signIn = (login: string) => signInAs(t, login, DEMO_LOGINS.password);

const countBy = async (kind: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from organisation where kind = ${kind}`.execute(t.db))
      .rows[0]?.n,
  );

describe('the demo alliance', () => {
  it('seeds 32 regions, ~300 hospitals and ~30 companies with valid codes, in a few batched statements', async () => {
    // what keeps the seed quick, as behaviour rather than a stopwatch: the ~3,400 rows go in batched
    // statements (90 today, one a row would be thousands), and the slow password hash is done once
    const rows = Object.values((await snapshot()).counts).reduce((n, c) => n + c, 0);
    expect(rows).toBeGreaterThan(3_000);
    expect(seedStatements).toBeLessThan(150);
    const hashes = await t.db.selectFrom('app_user').select('password_hash').distinct().execute();
    expect(hashes).toHaveLength(1);
    const regions = await t.db.selectFrom('region').select(['code', 'name']).orderBy('code').execute();
    expect(regions).toHaveLength(32);
    expect(regions.map((r) => r.code).sort()).toEqual(DEMO_REGIONS.map((r) => r.code).sort());
    expect(regions.find((r) => r.code === 'BT')?.name).toBe('新疆生产建设兵团');
    expect(await countBy('hospital')).toBeGreaterThanOrEqual(290);
    expect(await countBy('company')).toBeGreaterThanOrEqual(28);
    expect(await countBy('region-bureau')).toBe(32);
    const codes = await t.db
      .selectFrom('organisation')
      .select('uscc')
      .where('uscc', 'is not', null)
      .execute();
    expect(codes.filter((c) => checkUscc(c.uscc as string) !== null)).toEqual([]);
    const facts = await t.db.selectFrom('company_fact').select(['credit_rank', 'affiliate_group']).execute();
    expect(facts).toHaveLength(await countBy('company'));
    expect(facts.filter((f) => f.credit_rank === 3)).toHaveLength(1);
    expect(facts.filter((f) => f.affiliate_group !== null)).toHaveLength(2);
  });

  it('places one round in demand reporting and one in bidding, where the scheduler leaves them', async () => {
    const rounds = await t.db
      .selectFrom('round')
      .select(['id', 'code', 'state', 'bidding_opens_at', 'bidding_closes_at', 'opening_at'])
      .orderBy('code')
      .execute();
    expect(rounds.map((r) => [r.code, r.state])).toEqual([
      [DEMO_ROUNDS.demand, 'demand-open'],
      [DEMO_ROUNDS.bidding, 'bidding-open'],
    ]);
    expect(await sweepDueRounds(t.db)).toBe(0);
    const bidding = rounds.find((r) => r.code === DEMO_ROUNDS.bidding) as (typeof rounds)[number];
    const now = (await readDbNow(t.db)).getTime(); // the clock the seed placed the rounds on
    expect(bidding.bidding_opens_at!.getTime()).toBeLessThan(now);
    expect(bidding.bidding_closes_at!.getTime()).toBeGreaterThan(now + 6 * 86_400_000);
    expect(bidding.opening_at!.getTime()).toBeGreaterThanOrEqual(bidding.bidding_closes_at!.getTime());

    const demand = await sql<{ code: string; status: string; n: string }>`
      select r.code, d.status, count(*) as n from demand_report d join round r on r.id = d.round_id
      group by r.code, d.status order by r.code, d.status`.execute(t.db);
    const byStatus = Object.fromEntries(demand.rows.map((r) => [`${r.code} ${r.status}`, Number(r.n)]));
    const hospitals = await countBy('hospital');
    expect(byStatus[`${DEMO_ROUNDS.bidding} approved`]).toBe(hospitals * 8);
    expect(Object.keys(byStatus).filter((k) => k.startsWith(DEMO_ROUNDS.bidding))).toHaveLength(1);
    expect(byStatus[`${DEMO_ROUNDS.demand} submitted`]).toBeGreaterThan(5);
  });

  it('registers 8–12 companies per product of the bidding round, with national drug codes', async () => {
    const rows = await sql<{ code: string; ndc: string; companies: string }>`
      select p.code, p.national_drug_code as ndc, count(distinct cp.company_id) as companies
      from product p join round r on r.id = p.round_id
      left join company_product cp on cp.product_id = p.id
      where r.code = ${DEMO_ROUNDS.bidding} group by p.code, p.national_drug_code`.execute(t.db);
    expect(rows.rows).toHaveLength(8);
    for (const row of rows.rows) {
      expect(row.ndc).toMatch(/^[XZ][A-Z0-9]{22}$/);
      expect(Number(row.companies)).toBeGreaterThanOrEqual(8);
      expect(Number(row.companies)).toBeLessThanOrEqual(12);
    }
  });

  it('audits the rounds’ creation, publication and timed steps', async () => {
    const rounds = await t.db.selectFrom('round').select(['id', 'code']).execute();
    const actions = await t.db
      .selectFrom('audit_event')
      .select(['stream', 'action'])
      .where('action', 'like', 'round.%')
      .orderBy('id')
      .execute();
    const of = (code: string) => {
      const stream = `round:${rounds.find((r) => r.code === code)?.id}`;
      return actions.filter((a) => a.stream === stream).map((a) => a.action);
    };
    expect(of(DEMO_ROUNDS.bidding)).toEqual([
      'round.created',
      'round.calendar-set',
      'round.ruleset-frozen',
      'round.published',
      'round.demand-opened',
      'round.demand-closed',
      'round.demand-locked',
      'round.bidding-opened',
    ]);
    expect(of(DEMO_ROUNDS.demand)).toEqual([
      'round.created',
      'round.calendar-set',
      'round.ruleset-frozen',
      'round.published',
      'round.demand-opened',
    ]);
  });

  it('changes nothing when called again', async () => {
    const before = await snapshot();
    await seedDemoIfEmpty(t.db);
    expect(await snapshot()).toEqual(before);
  });

  it('signs in every demo login; the office sees both rounds', async () => {
    for (const [, login] of DEMO_LOGINS.users) await signIn(login);
    const office = await signIn('office.admin');
    const res = await t.request('/api/rounds', { cookie: office });
    expect(res.status).toBe(200);
    const { items: rounds } = (await res.json()) as { items: Json[] };
    expect(rounds.map((r) => [r.code, r.state, r.rulesetName, r.regions.length, r.productCount])).toEqual([
      [DEMO_ROUNDS.demand, 'demand-open', 'nvbp-11', 32, 5],
      [DEMO_ROUNDS.bidding, 'bidding-open', 'nvbp-7', 32, 8],
    ]);
  });

  it('gives the demo users their tenants’ data', async () => {
    const office = await signIn('office.admin');
    const { items: rounds } = (await (await t.request('/api/rounds', { cookie: office })).json()) as {
      items: Json[];
    };
    const demandRound = rounds.find((r) => r.code === DEMO_ROUNDS.demand) as Json;
    const biddingRound = rounds.find((r) => r.code === DEMO_ROUNDS.bidding) as Json;
    const hospital = await signIn('hospital.bj1');
    const reports = (await (
      await t.request(`/api/rounds/${demandRound.id}/demand`, { cookie: hospital })
    ).json()) as { items: Json[] };
    expect(reports.items.map((r) => r.hospitalName)).toEqual(['北京协和医院', '北京协和医院']);
    const reviewer = await signIn('bureau.bj');
    const pending = (await (
      await t.request(`/api/rounds/${demandRound.id}/demand?status=submitted`, { cookie: reviewer })
    ).json()) as { items: Json[] };
    expect(pending.items.length).toBeGreaterThan(0);
    expect(pending.items.every((r) => r.regionCode === 'BJ')).toBe(true);
    const company = await signIn('company.c01');
    const registrations = (await (
      await t.request(`/api/rounds/${biddingRound.id}/registrations`, { cookie: company })
    ).json()) as { items: Json[] };
    expect(registrations.items.length).toBeGreaterThan(0);
  });
});
