import { findBuiltInRuleset } from '@jicai/domain';
import { sql } from 'kysely';
import type { components, Problem } from '../client/api-client.js';
import type { Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { ok, testApi, type Answer } from './api-client.js';
import { createOrgUser, ensureRegion } from './fixtures.js';
import type { TestContext } from './test-context.js';
import { signIn } from './sign-in.js';

const HOUR = 3_600_000;
let roundCounter = 1;

export interface DemandRoundOptions {
  readonly createdBy: string;
  readonly regions: readonly string[];
  readonly products: readonly { code: string; groups?: string[] }[];
  /** hours from the database's now until the demand window closes */
  readonly closesInHours?: number;
  readonly state?: 'published' | 'demand-open' | 'demand-closed';
  readonly ruleset?: string;
}

/**
 * A published round whose demand window is open, written straight into the tables (the round's own
 * API is another feature's): calendar around the database clock, frozen ruleset, regions, catalogue.
 */
export async function createDemandRound(db: Db, options: DemandRoundOptions) {
  const now = (await readDbNow(db)).getTime();
  const closes = now + (options.closesInHours ?? 24) * HOUR;
  const ruleset = findBuiltInRuleset(options.ruleset ?? 'nvbp-7');
  if (!ruleset) throw new Error('unknown ruleset');
  return db.transaction().execute(async (trx) => {
    const code = `DEMAND-${roundCounter++}`;
    const round = await trx
      .insertInto('round')
      .values({
        code,
        name: `round ${code}`,
        ruleset: JSON.stringify(ruleset.name),
        created_by: options.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('round')
      .set({
        state: options.state ?? 'demand-open',
        ruleset_frozen: JSON.stringify(ruleset),
        published_at: new Date(now - 2 * HOUR),
        demand_opens_at: new Date(now - HOUR),
        demand_closes_at: new Date(closes),
        bidding_opens_at: new Date(closes + 240 * HOUR),
        bidding_closes_at: new Date(closes + 480 * HOUR),
        opening_at: new Date(closes + 480 * HOUR),
        objection_working_days: 5,
      })
      .where('id', '=', round.id)
      .execute();
    await trx
      .insertInto('round_region')
      .values(options.regions.map((region_code) => ({ round_id: round.id, region_code })))
      .execute();
    const products = new Map<string, string>();
    for (const p of options.products) {
      const product = await trx
        .insertInto('product')
        .values({
          round_id: round.id,
          code: p.code,
          name: `药品 ${p.code}`,
          form: 'oral-solid',
          volume_class: 'general',
          strength_unit: 'mg',
          representative_spec_code: 'S1',
          groups: p.groups ?? [],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('spec')
        .values({ product_id: product.id, code: 'S1', strength: '10', unit_count: 14, ceiling: '2.0000' })
        .execute();
      products.set(p.code, product.id);
    }
    return { roundId: round.id, closesAt: new Date(closes), products };
  });
}

export type DemandWorld = Record<string, { cookie: string; organisationId: string; userId: string }>;

/**
 * Regions BJ and TJ with, signed in: office1 (office-admin), audit1 (auditor), hospitals hosp-a and
 * hosp-b (BJ) and hosp-c (TJ), reviewers rev-bj and rev-tj, and comp1 (a company).
 */
export async function createDemandWorld(t: TestContext): Promise<DemandWorld> {
  await ensureRegion(t.db, 'BJ', '北京市');
  await ensureRegion(t.db, 'TJ', '天津市');
  const users = [
    ['office', ['office-admin'], 'office1', null],
    ['office', ['auditor'], 'audit1', null],
    ['hospital', ['hospital-user'], 'hosp-a', 'BJ'],
    ['hospital', ['hospital-user'], 'hosp-b', 'BJ'],
    ['hospital', ['hospital-user'], 'hosp-c', 'TJ'],
    ['region-bureau', ['region-bureau-user'], 'rev-bj', 'BJ'],
    ['region-bureau', ['region-bureau-user'], 'rev-tj', 'TJ'],
    ['company', ['company-user'], 'comp1', null],
  ] as const;
  const world: DemandWorld = {};
  for (const [kind, roles, login, region] of users) {
    const user = await createOrgUser(t.db, kind, [...roles], login, region);
    world[login] = { ...user, cookie: await signIn(t, login) };
  }
  return world;
}

/** The problem+json body of a refusal. */
export async function problemOf(res: Response | Answer<unknown, Problem>) {
  if (!(res instanceof Response)) return res.error as Problem;
  return (await res.json()) as {
    code: string;
    detail: string;
    detailEn: string;
    detailZh: string;
    errors: { path: string; message: string; messageZh: string }[];
  } & Record<string, unknown>;
}

export async function countReports(db: Db, roundId: string): Promise<number> {
  const row = await db
    .selectFrom('demand_report')
    .select(sql<string>`count(*)`.as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

type DemandReportRequest = components['schemas']['DemandReportRequest'];
type DemandReview = components['schemas']['DemandApproveRequest'];

export interface ReportView {
  id: string;
  hospitalId: string;
  status: string;
  quantity: number;
  reviewerComment: string | null;
  updatedAt: string;
}

/**
 * The demand operations through the typed API client as one of the world's users:
 * `put('hosp-a', roundId, 'P1', body)`, `approve('rev-bj', roundId, reportId)`.
 */
export function demandClient(t: TestContext, world: DemandWorld) {
  const as = (login: string) => testApi(t, { cookie: world[login]?.cookie as string });
  const round = (roundId: string) => ({ params: { path: { roundId } } });
  const report = (roundId: string, reportId: string) => ({ params: { path: { roundId, reportId } } });
  const list = (login: string, roundId: string) =>
    as(login).GET('/rounds/{roundId}/demand', { params: { path: { roundId }, query: {} } });
  return {
    put: (login: string, roundId: string, productCode: string, body: DemandReportRequest) =>
      as(login).PUT('/rounds/{roundId}/demand/{productCode}', {
        params: { path: { roundId, productCode } },
        body,
      }),
    approve: (login: string, roundId: string, reportId: string, body: DemandReview = {}) =>
      as(login).POST('/rounds/{roundId}/demand/{reportId}/approve', { ...report(roundId, reportId), body }),
    returnReport: (login: string, roundId: string, reportId: string, comment: string) =>
      as(login).POST('/rounds/{roundId}/demand/{reportId}/return', {
        ...report(roundId, reportId),
        body: { comment },
      }),
    lock: (login: string, roundId: string) => as(login).POST('/rounds/{roundId}/demand/lock', round(roundId)),
    totals: (login: string, roundId: string) =>
      as(login).GET('/rounds/{roundId}/demand/totals', round(roundId)),
    list,
    reportsOf: async (login: string, roundId: string) => (await ok(list(login, roundId))).items,
  };
}
