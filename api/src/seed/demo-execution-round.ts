import { invariant, shanghaiDate, shanghaiInstant } from '@jicai/domain';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { prepareAgreements } from '../agreements/agreement-job.js';
import { findRoundContext } from '../agreements/agreements.repository.js';
import { startGeneration } from '../agreements/agreements.service.js';
import type { Actor } from '../auth/roles.js';
import { putAwardSettings } from '../award/evaluation.service.js';
import { fixAward, publishProposed } from '../award/objection.service.js';
import { startSelection, sweepRegionTurns } from '../award/region-selection.service.js';
import { findRoundAward } from '../award/round-award.repository.js';
import type { CompanyProductTable } from '../companies/companies.table.js';
import type { Database, Db } from '../db/database.js';
import { clearRoundClock, setRoundClock } from '../db/db-clock.js';
import type { DemandReportTable } from '../demand/demand.table.js';
import { applyRoundEvents } from '../rounds/round-events.service.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import type { SeededAccounts, SeededCompany, SeededHospital } from './demo-accounts.js';
import { sealAndOpenBids } from './demo-execution-bids.js';
import { EXECUTION_PRODUCTS } from './demo-execution-catalogue.js';
import { insertDemandReports } from './demo-demand.js';
import { insertRegistrations } from './demo-registrations.js';
import { insertPublishedRound, type SeededRound } from './demo-rounds.js';

type Trx = Transaction<Database>;

const DAY_MS = 86_400_000;
export const EXECUTION_ROUND = { code: 'NVBP5-DEMO', name: '第五批国家组织药品集采（演示）' } as const;
/** four regions, three hospitals each (hospital.bj1–3, hospital.sh1–3, …): small enough to seed fast */
export const EXECUTION_REGIONS = ['BJ', 'SH', 'ZJ', 'GD'] as const;
const HOSPITALS_PER_REGION = 3;
/**
 * Per product four of company.c01–c05 bid, at these shares of the ceiling: three win, the fourth
 * (85 %: above 1.8 × the lowest and less than a 50 % reduction) fails the price condition and loses.
 */
const BID_PERCENTS = [30, 34, 38, 85] as const;
export const LOSING_BID = BID_PERCENTS.length - 1;

/** The day the volumes were agreed: the 20th, five months before this month (the cycle starts on the 1st after). */
export function agreedDay(now: Date): string {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 5;
  const y = month < 1 ? year - 1 : year;
  const m = month < 1 ? month + 12 : month;
  return `${y}-${String(m).padStart(2, '0')}-20`;
}

/** Shanghai wall-clock times `days` from the agreed day. */
const fromAgreed = (agreedOn: string) => (days: number, time: string) =>
  shanghaiInstant(shanghaiDate(new Date(shanghaiInstant(agreedOn, '12:00').getTime() + days * DAY_MS)), time);

/**
 * The services open their own transactions; the seed runs in one. Inside it, theirs join the seed's
 * (a Kysely transaction cannot begin another): the same code, the same audit entries, one commit.
 */
function joined(trx: Trx): Db {
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: (fn: (t: Trx) => unknown) => fn(target) });
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Db;
}

export interface ExecutionParties {
  readonly round: SeededRound;
  readonly agreedOn: string;
  readonly hospitals: readonly SeededHospital[];
  /** per product (catalogue order): the four bidders, the last of them the loser */
  readonly bidders: readonly (readonly SeededCompany[])[];
}

function bidderRows(parties: Omit<ExecutionParties, 'agreedOn' | 'hospitals'>) {
  return parties.round.products.flatMap((product, p) =>
    (parties.bidders[p] ?? []).map((company, k): Insertable<CompanyProductTable> => ({
      round_id: parties.round.id,
      product_id: product.id,
      spec_id: product.specIds.get(product.demo.representativeSpecCode) as string,
      company_id: company.id,
      approval_number: `国药准字H2015${String(company.n * 100 + p * 10 + k).padStart(4, '0')}`,
      approval_date: `201${k + 2}-0${p + 3}-1${k}`,
      originator: false,
      reference: false,
      consistency_passed_on: `2019-0${k + 4}-15`,
      annual_capacity: product.demo.yearlyUnits * 1000,
      market_volume: null,
      created_by: company.userId,
    })),
  );
}

/** Every hospital of the round reported every product; its region approved the line. */
function demandRows(round: SeededRound, hospitals: readonly SeededHospital[], accounts: SeededAccounts) {
  const reviewedAt = new Date(round.calendar.demandClosesAt.getTime() + 17 * 3_600_000);
  return hospitals.flatMap((hospital, h) =>
    round.products.map((product, p): Insertable<DemandReportTable> => {
      const base = product.demo.yearlyUnits * (hospital.tertiary ? 1 : 0.35);
      const quantity = Math.max(1000, Math.round((base * (0.8 + ((h * 7 + p * 3) % 5) / 10)) / 1000) * 1000);
      return {
        round_id: round.id,
        product_id: product.id,
        hospital_id: hospital.id,
        region_code: hospital.regionCode,
        brand_company_id: null,
        group_key: null,
        quantity,
        last_year_volume: Math.round((quantity * 1.1) / 1000) * 1000,
        reason: null,
        status: 'approved',
        reviewed_by: accounts.reviewerIds.get(hospital.regionCode) as string,
        reviewed_at: reviewedAt,
        submitted_at: new Date(round.calendar.demandOpensAt.getTime() + (h + 1) * 3_600_000),
        updated_at: reviewedAt,
      };
    }),
  );
}

/**
 * NVBP5-DEMO up to its agreements: published, demand reported and locked, the key ceremony, four
 * sealed bids a product through the bids service, opened with two officials' shares and evaluated
 * (the record signed by the platform key), proposed winners published, awarded,
 * regions picked by default when every turn ran out, agreed volumes stored and the agreements made by
 * the platform's own code. Each step on the round's rehearsal clock at the moment it happened months
 * ago, so the round's times read like history; the clock is cleared at the end. The agreements' PDFs
 * are left to the platform's agreement job (it runs in the primary process once started).
 */
export async function seedAgreedExecutionRound(
  trx: Trx,
  accounts: SeededAccounts,
  now: Date,
  signer: PlatformSigner,
): Promise<ExecutionParties> {
  const agreedOn = agreedDay(now);
  const at = fromAgreed(agreedOn);
  const hospitals = EXECUTION_REGIONS.flatMap((region) =>
    accounts.hospitals.filter((h) => h.regionCode === region && h.n <= HOSPITALS_PER_REGION),
  );
  const bidders = EXECUTION_PRODUCTS.map((_, p) =>
    [0, 1, 2, 3].map((k) => accounts.companies[(p + k) % 5] as SeededCompany),
  );
  const round = await insertPublishedRound(trx, accounts, {
    ...EXECUTION_ROUND,
    ruleset: 'nvbp-7',
    products: EXECUTION_PRODUCTS,
    regionCodes: EXECUTION_REGIONS,
    createdAt: at(-60, '10:00'),
    publishedAt: at(-55, '10:00'),
    calendar: {
      demandOpensAt: at(-50, '09:00'),
      demandClosesAt: at(-40, '17:00'),
      biddingOpensAt: at(-30, '09:00'),
      biddingClosesAt: at(-20, '10:00'),
      openingAt: at(-20, '10:30'),
      objectionWorkingDays: 3,
    },
  });
  const parties = { round, bidders };
  const admin = accounts.officeAdminId;
  const office = await trx
    .selectFrom('organisation')
    .select('id')
    .where('kind', '=', 'office')
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    userId: admin,
    login: 'office.admin',
    organisationId: office.id,
    organisationKind: 'office',
    regionCode: null,
    roles: ['office-admin'],
  };
  const deps = { db: joined(trx), signer } as AppDeps;
  const clock = (instant: Date) => setRoundClock(trx, round.id, instant);

  await insertDemandReports(trx, demandRows(round, hospitals, accounts));
  await insertRegistrations(trx, round.id, bidderRows(parties), at(-33, '09:00'));
  for (const type of ['demand-opened', 'demand-closed'] as const)
    await applyRoundEvents(trx, round.id, [{ type }], null);
  await applyRoundEvents(trx, round.id, [{ type: 'demand-locked' }], admin);
  await putAwardSettings(deps, actor, round.id, { revivalWindowHours: 24, regionTurnMinutes: 30 });
  await sealAndOpenBids(trx, deps, accounts, office.id, { round, bidders, percents: BID_PERCENTS });
  await clock(at(-19, '10:00'));
  await publishProposed(deps, actor, round.id);
  const award = await findRoundAward(trx, round.id);
  invariant(award?.objection_ends_at, 'the objection period is set when the proposed winners are published');
  await clock(new Date(award.objection_ends_at.getTime() + 16 * 3_600_000));
  await fixAward(deps, actor, round.id);
  await clock(at(-2, '09:00'));
  await startSelection(deps, actor, round.id);
  // nobody picked: every turn ran out and took its default; the volumes are agreed on the agreed day
  await clock(at(0, '10:00'));
  await sweepRegionTurns(deps.db);
  await clearRoundClock(trx, round.id);

  await startGeneration(deps, actor, round.id);
  const context = await findRoundContext(trx, round.id);
  invariant(context?.agreed_on === agreedOn, `NVBP5-DEMO agreed on ${context?.agreed_on}, not ${agreedOn}`);
  await prepareAgreements(deps.db, context);
  // the history's times, as in the other demo rounds (the audit keeps the moment it was written)
  await sql`update agreement set created_at = ${at(1, '09:00')} where round_id = ${round.id}`.execute(trx);
  return { round, agreedOn, hospitals, bidders };
}
