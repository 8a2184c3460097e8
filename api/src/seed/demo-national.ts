import type { Insertable, Transaction } from 'kysely';
import { runOpeningEvaluation } from '../award/evaluation.service.js';
import type { CompanyProductTable } from '../companies/companies.table.js';
import type { Database, Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import type { DemandReportTable } from '../demand/demand.table.js';
import { applyRoundEvents } from '../rounds/round-events.service.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { demoRandom } from './demo-alliance.js';
import { BIDDING_PRODUCTS, DEMAND_PRODUCTS, type DemoProduct } from './demo-catalogue.js';
import { insertDemandReports } from './demo-demand.js';
import { insertRegistrations } from './demo-registrations.js';
import { demoTimes, insertPublishedRound, type SeededRound } from './demo-rounds.js';
import type { SeededAccounts } from './demo-accounts.js';

type Trx = Transaction<Database>;

/** The national-size demo round (issue 10 §5): 65 products, ~800 bids, every region's hospitals. */
export const NATIONAL_ROUND = { code: 'NATIONAL-DEMO', name: '全国集采规模演示批次（已开标）' } as const;
const PRODUCTS = 65;
/** 12–14 bidders a product: 65 products come to about 800 bids */
const bidders = (p: number) => 12 + (p % 3);

const pad = (n: number) => String(n).padStart(2, '0');

/** The 16 demo products, repeated under new codes until there are 65 (a national batch's size). */
export function nationalProducts(count = PRODUCTS): DemoProduct[] {
  const templates = [...BIDDING_PRODUCTS, ...DEMAND_PRODUCTS];
  return Array.from({ length: count }, (_, i) => {
    const t = templates[i % templates.length] as DemoProduct;
    const copy = Math.floor(i / templates.length);
    return copy === 0 ? t : { ...t, code: `${t.code}-${pad(copy + 1)}`, name: `${t.name}（${copy + 1}）` };
  });
}

/** The seeded alliance as the national round needs it (the demo seed made it; read back). */
async function readAlliance(trx: Trx) {
  const admin = await trx
    .selectFrom('app_user')
    .select('id')
    .where('login', '=', 'office.admin')
    .executeTakeFirstOrThrow();
  const hospitals = await trx
    .selectFrom('organisation')
    .select(['id', 'region_code', 'name'])
    .where('kind', '=', 'hospital')
    .orderBy('name')
    .execute();
  const companies = await trx
    .selectFrom('organisation')
    .innerJoin('app_user', 'app_user.organisation_id', 'organisation.id')
    .select(['organisation.id', 'app_user.id as user_id'])
    .where('organisation.kind', '=', 'company')
    .orderBy('app_user.login')
    .execute();
  const accounts: SeededAccounts = {
    officeAdminId: admin.id,
    officialIds: [],
    reviewerIds: new Map(),
    hospitals: hospitals.map((h, n) => ({
      id: h.id,
      regionCode: h.region_code as string,
      n,
      tertiary: n % 3 === 0,
    })),
    companies: [],
  };
  return {
    accounts,
    companyIds: companies.map((c) => c.id),
    companyUsers: new Map(companies.map((c) => [c.id, c.user_id])),
  };
}

function registrations(
  round: SeededRound,
  companyIds: readonly string[],
  users: ReadonlyMap<string, string>,
): Insertable<CompanyProductTable>[] {
  return round.products.flatMap((product, p) =>
    Array.from({ length: bidders(p) }, (_, k) => companyIds[(p * 7 + k) % companyIds.length] as string).map(
      (companyId, k): Insertable<CompanyProductTable> => ({
        round_id: round.id,
        product_id: product.id,
        spec_id: product.specIds.get(product.demo.representativeSpecCode) as string,
        company_id: companyId,
        approval_number: `国药准字H20${pad(10 + (k % 9))}${String(p * 100 + k).padStart(4, '0')}`,
        approval_date: `20${pad(10 + (k % 9))}-0${1 + (p % 9)}-1${k % 10}`,
        originator: k === 0 && p % 2 === 0,
        reference: k === 0 && p % 2 === 0,
        consistency_passed_on: k === 0 && p % 2 === 0 ? null : `2020-0${1 + (k % 9)}-15`,
        annual_capacity: null,
        market_volume: null,
        created_by: users.get(companyId) as string,
      }),
    ),
  );
}

/** Every hospital reported every product; its region approved it (the office as reviewer here). */
function demand(round: SeededRound, accounts: SeededAccounts): Insertable<DemandReportTable>[] {
  const random = demoRandom(65);
  const reviewedAt = new Date(round.calendar.demandClosesAt.getTime() + 17 * 3_600_000);
  return accounts.hospitals.flatMap((hospital) =>
    round.products.map((product) => {
      const base = product.demo.yearlyUnits * (hospital.tertiary ? 1 : 0.35);
      const quantity = Math.max(100, Math.round((base * (0.7 + 0.6 * random())) / 100) * 100);
      return {
        round_id: round.id,
        product_id: product.id,
        hospital_id: hospital.id,
        region_code: hospital.regionCode,
        brand_company_id: null,
        group_key: null,
        quantity,
        last_year_volume: quantity,
        reason: null,
        status: 'approved' as const,
        reviewed_by: accounts.officeAdminId,
        reviewed_at: reviewedAt,
        submitted_at: round.calendar.demandOpensAt,
        updated_at: reviewedAt,
      };
    }),
  );
}

/** Pack price at `percent` % of the representative spec's pack ceiling, in fen. */
export function packPrice(product: DemoProduct, percent: number): string {
  const spec = product.specs.find((s) => s.code === product.representativeSpecCode) ?? product.specs[0];
  const [whole = '0', frac = ''] = (spec?.ceiling ?? '1').split('.');
  const tenThousandths = BigInt(whole + frac.padEnd(4, '0').slice(0, 4)) * BigInt(spec?.unitsPerPack ?? 1);
  const fen = (tenThousandths * BigInt(percent)) / 10_000n;
  const safe = fen < 1n ? 1n : fen;
  return `${safe / 100n}.${String(safe % 100n).padStart(2, '0')}`;
}

/**
 * The bids as the opening leaves them: each registered company's sealed bid (its envelope a
 * placeholder: the price is what the opening decrypted) and its opened price, 30–98 % of the ceiling.
 */
async function insertOpenedBids(
  trx: Trx,
  round: SeededRound,
  rows: readonly Insertable<CompanyProductTable>[],
) {
  const random = demoRandom(800);
  const byId = new Map(round.products.map((p) => [p.id, p]));
  let n = 0;
  for (const r of rows) {
    const product = byId.get(r.product_id) as (typeof round.products)[number];
    const commitment = (++n).toString(16).padStart(64, '0');
    const at = new Date(round.calendar.biddingClosesAt.getTime() - (n % 600) * 60_000);
    const bid = await trx
      .insertInto('bid')
      .values({
        round_id: round.id,
        product_id: r.product_id,
        company_id: r.company_id,
        commitment,
        envelope: JSON.stringify({ ephemeral: 'demo', wrappedKey: 'demo', box: 'demo' }),
        salt_sealed: 'demo',
        revision: 1,
        sequence: n,
        received_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('opened_bid')
      .values({
        bid_id: bid.id,
        round_id: round.id,
        company_id: r.company_id,
        product_id: r.product_id,
        spec_id: r.spec_id,
        pack_price: packPrice(product.demo, 30 + Math.floor(random() * 69)),
        submitted_at: at,
        revision: 1,
        commitment,
        status: 'opened',
      })
      .execute();
  }
}

/**
 * With DEMO_NATIONAL=1, `./jicai start` adds a national-size round, already opened and evaluated,
 * for the speed of the office's long pages. Once: a second start finds it. Runs after the demo seed.
 */
export async function seedNationalIfMissing(db: Db, signer?: PlatformSigner): Promise<void> {
  const existing = await db
    .selectFrom('round')
    .select('id')
    .where('code', '=', NATIONAL_ROUND.code)
    .executeTakeFirst();
  if (existing) return;
  await db.transaction().execute(async (trx) => {
    const { accounts, companyIds, companyUsers } = await readAlliance(trx);
    const at = demoTimes(await readDbNow(trx));
    const round = await insertPublishedRound(trx, accounts, {
      ...NATIONAL_ROUND,
      ruleset: 'nvbp-7',
      products: nationalProducts(),
      createdAt: at(-90, '10:00'),
      publishedAt: at(-85, '10:00'),
      calendar: {
        demandOpensAt: at(-80, '09:00'),
        demandClosesAt: at(-60, '17:00'),
        biddingOpensAt: at(-30, '09:00'),
        biddingClosesAt: at(-20, '10:00'),
        openingAt: at(-20, '10:30'),
        objectionWorkingDays: 3,
      },
    });
    await insertDemandReports(trx, demand(round, accounts));
    const rows = registrations(round, companyIds, companyUsers);
    await insertRegistrations(trx, round.id, rows, at(-40, '09:00'));
    for (const type of ['demand-opened', 'demand-closed'] as const)
      await applyRoundEvents(trx, round.id, [{ type }], null);
    await applyRoundEvents(trx, round.id, [{ type: 'demand-locked' }], accounts.officeAdminId);
    await applyRoundEvents(trx, round.id, [{ type: 'bidding-opened' }, { type: 'bidding-closed' }], null);
    await insertOpenedBids(trx, round, rows);
    await runOpeningEvaluation(trx, round.id, accounts.officeAdminId, signer);
  });
}
