import { invariant } from '@jicai/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DemandReportTable } from '../demand/demand.table.js';
import type { SeededAccounts, SeededHospital } from './demo-accounts.js';
import { demoRandom } from './demo-alliance.js';
import type { DemoProduct } from './demo-catalogue.js';
import type { SeededRound } from './demo-rounds.js';

type Trx = Transaction<Database>;
type DemandRow = Insertable<DemandReportTable>;

const CHUNK = 500;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** below the rules' 0.80 floor of last year's use: such a line carries the hospital's reason */
const BELOW_FLOOR_REASON = '本院调整临床路径，部分慢病患者转至基层医疗机构随访用药，预计用量下降';

export async function insertDemandReports(trx: Trx, rows: readonly DemandRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('demand_report')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

const hundreds = (n: number) => Math.max(100, Math.round(n / 100) * 100);

/** A year's quantity: a tertiary hospital uses about three times a city hospital's volume. */
function quantities(
  product: DemoProduct,
  hospital: SeededHospital,
  random: () => number,
  belowFloor: boolean,
) {
  const base = product.yearlyUnits * (hospital.tertiary ? 1 : 0.35);
  const quantity = hundreds(base * (0.7 + 0.6 * random()));
  const lastYearVolume = hundreds(belowFloor ? quantity / 0.65 : quantity * (0.9 + 0.25 * random()));
  return { quantity, last_year_volume: lastYearVolume, reason: belowFloor ? BELOW_FLOOR_REASON : null };
}

/**
 * The bidding round's demand, as it stood when the office locked it: every hospital reported every
 * product by generic name inside the window, and its region's reviewer approved each line the day
 * after the window closed.
 */
export function lockedDemand(round: SeededRound, accounts: SeededAccounts): DemandRow[] {
  const random = demoRandom(11);
  const opens = round.calendar.demandOpensAt.getTime();
  const window = round.calendar.demandClosesAt.getTime() - opens - HOUR_MS;
  const reviewDay = round.calendar.demandClosesAt.getTime() + 17 * HOUR_MS;
  let line = 0;
  return accounts.hospitals.flatMap((hospital) =>
    round.products.map((product): DemandRow => {
      const submittedAt = new Date(opens + Math.floor(random() * window));
      const reviewedAt = new Date(reviewDay + Math.floor(random() * 6 * HOUR_MS));
      return {
        round_id: round.id,
        product_id: product.id,
        hospital_id: hospital.id,
        region_code: hospital.regionCode,
        brand_company_id: null,
        group_key: null,
        ...quantities(product.demo, hospital, random, ++line % 41 === 0),
        status: 'approved',
        reviewed_by: accounts.reviewerIds.get(hospital.regionCode) as string,
        reviewed_at: reviewedAt,
        submitted_at: submittedAt,
        updated_at: reviewedAt,
      };
    }),
  );
}

interface OpenReportPlan {
  readonly region: string;
  /** the hospital's number in its region: hospital.<region><n> */
  readonly n: number;
  /** reports the first `products` of the catalogue */
  readonly products: number;
  readonly review?: 'approved' | 'returned-first';
  /** reports its first product below the floor, with a reason */
  readonly belowFloor?: boolean;
}

/** A few hospitals have started reporting; hospital.bj1 has two products left to do, for the demo. */
const OPEN_REPORTS: readonly OpenReportPlan[] = [
  { region: 'BJ', n: 1, products: 2 },
  { region: 'BJ', n: 2, products: 3, review: 'approved' },
  { region: 'BJ', n: 3, products: 3, review: 'returned-first' },
  { region: 'SH', n: 1, products: 2 },
  { region: 'SH', n: 2, products: 4, belowFloor: true },
  { region: 'GD', n: 1, products: 3 },
  { region: 'GD', n: 2, products: 2 },
  { region: 'ZJ', n: 1, products: 3 },
];
const RETURN_COMMENT = '报量较上年下降较多，请核实后补充说明原因再提交';

/**
 * The demand-reporting round's first reports, made since the window opened: mostly waiting for
 * review, one hospital approved, one line returned; hospital.bj1 asks for company c01's brand once.
 */
export function openDemand(round: SeededRound, accounts: SeededAccounts, now: Date): DemandRow[] {
  const random = demoRandom(13);
  const brand = accounts.companies[0]?.id ?? null;
  let minutesAgo = 0;
  return OPEN_REPORTS.flatMap((plan) => {
    const hospital = accounts.hospitals.find((h) => h.regionCode === plan.region && h.n === plan.n);
    invariant(hospital, `no demo hospital ${plan.region}${plan.n}`);
    return round.products.slice(0, plan.products).map((product, i): DemandRow => {
      minutesAgo += 7 + Math.floor(random() * 20);
      const submittedAt = new Date(now.getTime() - minutesAgo * MINUTE_MS);
      const reviewedAt = new Date(submittedAt.getTime() + 5 * MINUTE_MS);
      const status =
        plan.review === 'approved'
          ? 'approved'
          : plan.review === 'returned-first' && i === 0
            ? 'returned'
            : 'submitted';
      const reviewed = status !== 'submitted';
      return {
        round_id: round.id,
        product_id: product.id,
        hospital_id: hospital.id,
        region_code: hospital.regionCode,
        brand_company_id: plan.region === 'BJ' && plan.n === 1 && i === 1 ? brand : null,
        group_key: null,
        ...quantities(product.demo, hospital, random, plan.belowFloor === true && i === 0),
        status,
        reviewer_comment: status === 'returned' ? RETURN_COMMENT : null,
        reviewed_by: reviewed ? (accounts.reviewerIds.get(hospital.regionCode) as string) : null,
        reviewed_at: reviewed ? reviewedAt : null,
        submitted_at: submittedAt,
        updated_at: reviewed ? reviewedAt : submittedAt,
      };
    });
  });
}
