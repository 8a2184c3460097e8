import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The catalogue in contract order: products by code, specs by code (code-point order). */
export function listCatalogue(db: Q, roundId: string) {
  return db
    .selectFrom('product')
    .select((eb) => [
      'product.id',
      'product.code',
      'product.name',
      'product.form',
      'product.volume_class',
      'product.strength_unit',
      'product.representative_spec_code',
      jsonArrayFrom(
        eb
          .selectFrom('spec')
          // numerics as text: inside JSON they would become floating-point numbers
          .select([
            'spec.id',
            'spec.code',
            'spec.unit_count',
            sql<string>`spec.strength::text`.as('strength'),
            sql<string | null>`spec.volume_ml::text`.as('volume_ml'),
            sql<string>`spec.ceiling::text`.as('ceiling'),
          ])
          .whereRef('spec.product_id', '=', 'product.id')
          .orderBy(sql`spec.code collate "C"`),
      ).as('specs'),
    ])
    .where('product.round_id', '=', roundId)
    .orderBy(sql`product.code collate "C"`)
    .execute();
}

export async function listRoundRegionCodes(db: Q, roundId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('round_region')
    .select('region_code')
    .where('round_id', '=', roundId)
    .orderBy(sql`region_code collate "C"`)
    .execute();
  return rows.map((r) => r.region_code);
}

/**
 * The round's opened bids (tampered ones never reach the evaluation), with the instant of submission
 * in Shanghai time to the microsecond, so ties are ordered as the database saw them (G26).
 */
export function listOpenedBids(db: Q, roundId: string) {
  return db
    .selectFrom('opened_bid')
    .select([
      'bid_id',
      'company_id',
      'product_id',
      'spec_id',
      'pack_price',
      'technical_pass',
      sql<string>`to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as(
        'submitted_local',
      ),
    ])
    .where('round_id', '=', roundId)
    .where('status', '=', 'opened')
    .orderBy('product_id')
    .orderBy('company_id')
    .execute();
}

export function listRevivalAnswers(db: Q, roundId: string) {
  return db
    .selectFrom('revival_offer')
    .select(['bid_id', 'answer'])
    .where('round_id', '=', roundId)
    .execute();
}

export function listRegionPreferences(db: Q, roundId: string) {
  return db
    .selectFrom('region_preference')
    .select(['product_id', 'company_id', 'regions'])
    .where('round_id', '=', roundId)
    .execute();
}

/** Upheld objections' corrections, in the order the office upheld them. */
export function listUpheldCorrections(db: Q, roundId: string) {
  return db
    .selectFrom('objection')
    .select(['id', 'correction'])
    .where('round_id', '=', roundId)
    .where('status', '=', 'upheld')
    .orderBy('answered_at')
    .orderBy('id')
    .execute();
}

export type OpenedBidRow = Awaited<ReturnType<typeof listOpenedBids>>[number];
