import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';
import type { ListingChangeKind, ListingReasonCode, ListingStatus } from './listing.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The listings of the round's products, locked: what the award's changes are planned against. */
export function lockRoundListings(trx: Trx, roundId: string) {
  return trx
    .selectFrom('listing')
    .select([
      'id',
      'product_id',
      'company_id',
      'spec_code',
      'units_per_pack',
      'pack_price',
      'status',
      'winner',
    ])
    .where('round_id', '=', roundId)
    .orderBy('id')
    .forUpdate()
    .execute();
}
export type ListingRow = Awaited<ReturnType<typeof lockRoundListings>>[number];

export function lockListing(trx: Trx, id: string) {
  return trx
    .selectFrom('listing')
    .select([
      'id',
      'round_id',
      'product_id',
      'company_id',
      'spec_code',
      'units_per_pack',
      'pack_price',
      'status',
      'winner',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface ListingValues {
  readonly roundId: string;
  readonly productId: string;
  readonly companyId: string;
  readonly specCode: string;
  readonly unitsPerPack: number;
  readonly packPrice: string;
  readonly status: ListingStatus;
  readonly winner: boolean;
}

/** Writes a listing as it now stands (new, or over its row); returns its id. */
export async function saveListing(trx: Trx, v: ListingValues) {
  const values = {
    spec_code: v.specCode,
    units_per_pack: v.unitsPerPack,
    pack_price: v.packPrice,
    status: v.status,
    winner: v.winner,
    updated_at: sql<Date>`jicai_now()`,
  };
  const row = await trx
    .insertInto('listing')
    .values({ round_id: v.roundId, product_id: v.productId, company_id: v.companyId, ...values })
    .onConflict((oc) => oc.columns(['product_id', 'company_id']).doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ChangeValues {
  readonly listingId: string;
  readonly kind: ListingChangeKind;
  readonly status: ListingStatus;
  readonly packPrice: string;
  readonly previousPrice: string | null;
  readonly reasonCode: ListingReasonCode;
  readonly reason: string;
  readonly changedBy: string;
}

export function insertChange(trx: Trx, v: ChangeValues) {
  return trx
    .insertInto('listing_change')
    .values({
      listing_id: v.listingId,
      kind: v.kind,
      status: v.status,
      pack_price: v.packPrice,
      previous_price: v.previousPrice,
      reason_code: v.reasonCode,
      reason: v.reason,
      changed_by: v.changedBy,
    })
    .returning(['id', 'changed_at'])
    .executeTakeFirstOrThrow();
}

/** A spec of the product, with its pack size. */
export function findProductSpec(db: Q, productId: string, specCode: string) {
  return db
    .selectFrom('spec as s')
    .innerJoin('product as p', 'p.id', 's.product_id')
    .select(['p.id as product_id', 'p.round_id', 's.code', 's.unit_count'])
    .where('p.id', '=', productId)
    .where('s.code', '=', specCode)
    .executeTakeFirst();
}

export function findCompanyName(db: Q, companyId: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', '=', companyId)
    .where('kind', '=', 'company')
    .executeTakeFirst();
}

export interface ListingFilter {
  readonly roundId?: string | undefined;
  readonly productId?: string | undefined;
  readonly companyId?: string | undefined;
  readonly status?: ListingStatus | undefined;
}

/** Listings with their product, company and round, public rounds only (never a draft's). */
function listings(db: Q) {
  return db
    .selectFrom('listing as l')
    .innerJoin('product as p', 'p.id', 'l.product_id')
    .innerJoin('round as r', 'r.id', 'l.round_id')
    .innerJoin('organisation as c', 'c.id', 'l.company_id')
    .select([
      'l.id',
      'l.round_id',
      'r.code as round_code',
      'l.product_id',
      'p.code as product_code',
      'p.name as product_name',
      'l.company_id',
      'c.name as company_name',
      'l.spec_code',
      'l.units_per_pack',
      'l.pack_price',
      'l.status',
      'l.winner',
      'l.updated_at',
      (eb) =>
        eb
          .selectFrom('listing_change as ch')
          .select('ch.reason_code')
          .whereRef('ch.listing_id', '=', 'l.id')
          .orderBy('ch.id', 'desc')
          .limit(1)
          .as('last_reason_code'),
    ])
    .where('r.state', '<>', 'draft');
}
export type PublicListingRow = Awaited<ReturnType<ReturnType<typeof listings>['execute']>>[number];

/** A page of listings by round, product code and company name, filtered. */
export function pageListings(db: Q, filter: ListingFilter, page: Page) {
  let q = listings(db);
  if (filter.roundId) q = q.where('l.round_id', '=', filter.roundId);
  if (filter.productId) q = q.where('l.product_id', '=', filter.productId);
  if (filter.companyId) q = q.where('l.company_id', '=', filter.companyId);
  if (filter.status) q = q.where('l.status', '=', filter.status);
  const keys: SortKey<PublicListingRow>[] = [
    { sql: sql`r.code collate "C"`, of: (r) => r.round_code },
    { sql: sql`p.code collate "C"`, of: (r) => r.product_code },
    { sql: sql`l.id::text`, of: (r) => r.id },
  ];
  return keysetPage(q, keys, page);
}

export function findPublicListing(db: Q, id: string) {
  return listings(db).where('l.id', '=', id).executeTakeFirst();
}

/** A listing's changes, newest first. */
export function pageChanges(db: Q, listingId: string, page: Page) {
  const q = db
    .selectFrom('listing_change')
    .select([
      'id',
      'listing_id',
      'kind',
      'status',
      'pack_price',
      'previous_price',
      'reason_code',
      'reason',
      'changed_at',
    ])
    .where('listing_id', '=', listingId);
  return keysetPage(q, [{ sql: sql`id`, of: (r) => Number(r.id), desc: true }], page);
}
export type ListingChangeRow = Awaited<ReturnType<typeof pageChanges>>['items'][number];

export function lockListingOf(trx: Trx, productId: string, companyId: string) {
  return trx
    .selectFrom('listing')
    .select('id')
    .where('product_id', '=', productId)
    .where('company_id', '=', companyId)
    .forUpdate()
    .executeTakeFirst();
}

/** Each company's agreed price per product on the round's award agreements (not a backup activation's). */
export function listAgreedWinners(db: Q, roundId: string) {
  return db
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .distinctOn(['l.product_id', 'a.company_id'])
    .select(['l.product_id', 'a.company_id', 'l.spec_code', 'l.units_per_pack', 'l.pack_price'])
    .where('a.round_id', '=', roundId)
    .where('a.activation_id', 'is', null)
    .orderBy('l.product_id')
    .orderBy('a.company_id')
    .orderBy('l.agreement_id')
    .execute();
}

/** Who sealed a bid for which product of the round (withdrawn bids count as none). */
export function listBidders(db: Q, roundId: string) {
  return db
    .selectFrom('bid')
    .select(['product_id', 'company_id'])
    .distinct()
    .where('round_id', '=', roundId)
    .where('withdrawn', '=', false)
    .execute();
}
