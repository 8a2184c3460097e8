import { sql, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';
import type { RegistrationReviewStatus } from './companies.table.js';

type Q = Kysely<Database>;

const factColumns = [
  'company_id',
  'credit_rank',
  'regions_supplied_last_year',
  'sales_volume',
  'affiliate_group',
  'on_violation_list',
  'violation_until',
  'quality_failure_on',
  'updated_at',
  'updated_by',
] as const;

const registrationColumns = [
  'id',
  'round_id',
  'company_id',
  'product_id',
  'spec_id',
  'approval_number',
  'approval_date',
  'originator',
  'reference',
  'consistency_passed_on',
  'annual_capacity',
  'market_volume',
  'created_at',
  'review_status',
  'review_reason',
  'reviewed_by',
  'reviewed_at',
] as const;

export function findCompany(db: Q, companyId: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', '=', companyId)
    .where('kind', '=', 'company')
    .executeTakeFirst();
}

export function findCompanyFacts(db: Q, companyId: string) {
  return db
    .selectFrom('company_fact')
    .select(factColumns)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
}

/** The facts of the given companies (bid evaluation input); companies without facts are absent. */
export async function listCompanyFacts(db: Q, companyIds: readonly string[]) {
  if (companyIds.length === 0) return [];
  return db
    .selectFrom('company_fact')
    .select(factColumns)
    .where('company_id', 'in', [...companyIds])
    .orderBy('company_id')
    .execute();
}

export interface CompanyFactValues {
  readonly creditRank: number;
  readonly regionsSuppliedLastYear: number;
  readonly salesVolume: number;
  readonly affiliateGroup: string | null;
  readonly onViolationList: boolean;
  readonly violationUntil: string | null;
  readonly qualityFailureOn: string | null;
}

/** Replaces a company's facts (insert or overwrite), stamped with the database clock. */
export function upsertCompanyFacts(db: Q, companyId: string, userId: string, facts: CompanyFactValues) {
  const values = {
    credit_rank: facts.creditRank,
    regions_supplied_last_year: facts.regionsSuppliedLastYear,
    sales_volume: facts.salesVolume,
    affiliate_group: facts.affiliateGroup,
    on_violation_list: facts.onViolationList,
    violation_until: facts.violationUntil,
    quality_failure_on: facts.qualityFailureOn,
    updated_at: sql<Date>`jicai_now()`,
    updated_by: userId,
  };
  return db
    .insertInto('company_fact')
    .values({ company_id: companyId, ...values })
    .onConflict((oc) => oc.column('company_id').doUpdateSet(values))
    .returning(factColumns)
    .executeTakeFirstOrThrow();
}

/** The round's state, and whether its bidding_opens_at has passed on the round's clock. */
const roundStateColumns = [
  'state',
  sql<boolean>`coalesce(bidding_opens_at <= jicai_round_now(id), false)`.as('bidding_due'),
] as const;

/**
 * The round's state, share-locked: a registration decided "before bidding" cannot commit after the
 * round moved on (the transition's update waits for us).
 */
export function lockRoundState(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select(roundStateColumns)
    .where('id', '=', roundId)
    .forShare()
    .executeTakeFirst();
}

export function findRoundState(db: Q, roundId: string) {
  return db.selectFrom('round').select(roundStateColumns).where('id', '=', roundId).executeTakeFirst();
}

/** The product of the round with the spec when it is one of the product's; undefined: no such product. */
export function findCatalogueSpec(db: Q, roundId: string, productId: string, specId: string) {
  return db
    .selectFrom('product')
    .leftJoin('spec', (j) => j.onRef('spec.product_id', '=', 'product.id').on('spec.id', '=', specId))
    .select(['product.id as product_id', 'spec.id as spec_id'])
    .where('product.id', '=', productId)
    .where('product.round_id', '=', roundId)
    .executeTakeFirst();
}

/** The Shanghai calendar day on the database clock: approval and evaluation dates cannot lie after it. */
export async function readShanghaiToday(db: Q): Promise<string> {
  const { rows } = await sql<{
    today: string;
  }>`select to_char(jicai_now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`.execute(db);
  return rows[0]?.today ?? '';
}

export interface RegistrationValues {
  readonly roundId: string;
  readonly companyId: string;
  readonly productId: string;
  readonly specId: string;
  readonly approvalNumber: string;
  readonly approvalDate: string;
  readonly originator: boolean;
  readonly reference: boolean;
  readonly consistencyPassedOn: string | null;
  readonly annualCapacity: number | null;
  readonly marketVolume: number | null;
  readonly createdBy: string;
}

export function insertRegistration(db: Q, v: RegistrationValues) {
  return db
    .insertInto('company_product')
    .values({
      round_id: v.roundId,
      company_id: v.companyId,
      product_id: v.productId,
      spec_id: v.specId,
      approval_number: v.approvalNumber,
      approval_date: v.approvalDate,
      originator: v.originator,
      reference: v.reference,
      consistency_passed_on: v.consistencyPassedOn,
      annual_capacity: v.annualCapacity,
      market_volume: v.marketVolume,
      created_by: v.createdBy,
    })
    .returning(registrationColumns)
    .executeTakeFirstOrThrow();
}

/** A round's registrations (bid evaluation input), or one company's when `companyId` is given. */
function registrationsOf(
  db: Q,
  roundId: string,
  companyId?: string,
  reviewStatus?: RegistrationReviewStatus,
) {
  return db
    .selectFrom('company_product')
    .select(registrationColumns)
    .where('round_id', '=', roundId)
    .$if(companyId !== undefined, (q) => q.where('company_id', '=', companyId as string))
    .$if(reviewStatus !== undefined, (q) =>
      q.where('review_status', '=', reviewStatus as RegistrationReviewStatus),
    );
}

export function listRegistrations(db: Q, roundId: string, companyId?: string) {
  return registrationsOf(db, roundId, companyId)
    .orderBy('company_id')
    .orderBy('product_id')
    .orderBy('spec_id')
    .execute();
}

/** A page of the round's registrations, in listRegistrations' order. */
export function pageRegistrations(
  db: Q,
  roundId: string,
  companyId: string | undefined,
  page: Page,
  reviewStatus?: RegistrationReviewStatus,
) {
  const query = registrationsOf(db, roundId, companyId, reviewStatus);
  type Row = InferResult<typeof query>[number];
  const keys = [
    key<Row>('company_id', (r) => r.company_id),
    key<Row>('product_id', (r) => r.product_id),
    key<Row>('spec_id', (r) => r.spec_id),
  ];
  return keysetPage(query, keys, page);
}

/** A registration of the round, only when it is the company's own. */
export function findOwnRegistration(db: Q, roundId: string, id: string, companyId: string) {
  return db
    .selectFrom('company_product')
    .select(registrationColumns)
    .where('id', '=', id)
    .where('round_id', '=', roundId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
}

export function deleteRegistration(db: Q, roundId: string, id: string, companyId: string) {
  return db
    .deleteFrom('company_product')
    .where('id', '=', id)
    .where('round_id', '=', roundId)
    .where('company_id', '=', companyId)
    .returning(registrationColumns)
    .executeTakeFirst();
}

/** Codes and names of specs, so a registration answers what it registered, not only ids. */
export async function findSpecLabels(db: Q, specIds: readonly string[]) {
  if (specIds.length === 0) return new Map<string, SpecLabel>();
  const rows = await db
    .selectFrom('spec')
    .innerJoin('product', 'product.id', 'spec.product_id')
    .select([
      'spec.id',
      'spec.code as spec_code',
      'product.code as product_code',
      'product.name as product_name',
    ])
    .where('spec.id', 'in', [...new Set(specIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The names of the given companies, by id. */
export async function findCompanyNames(db: Q, companyIds: readonly string[]) {
  if (companyIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(companyIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface SpecLabel {
  readonly product_code: string;
  readonly product_name: string;
  readonly spec_code: string;
}

export type CompanyFactRow = NonNullable<Awaited<ReturnType<typeof findCompanyFacts>>>;
export type RegistrationRow = Awaited<ReturnType<typeof insertRegistration>>;
