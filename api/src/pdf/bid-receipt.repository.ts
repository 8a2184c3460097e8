import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';

/**
 * The company's own bid for a product of a published round (any case of the product code), with
 * what its receipt prints: the names, and the fields of its listed receipt as `listMine` signs them
 * (commitment only, never the sealed price or salt). Undefined when there is none.
 */
export function findOwnBidForReceipt(
  db: Kysely<Database>,
  roundId: string,
  companyId: string,
  productCode: string,
) {
  return db
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .innerJoin('round', 'round.id', 'bid.round_id')
    .innerJoin('round_key', 'round_key.round_id', 'bid.round_id')
    .innerJoin('organisation', 'organisation.id', 'bid.company_id')
    .select([
      'bid.id',
      'bid.withdrawn',
      'bid.commitment',
      'bid.revision',
      'bid.sequence',
      'bid.received_at',
      sql<string>`to_char(bid.received_at at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`.as(
        'received_at_utc',
      ),
      'round_key.round_key_id',
      'product.code as product_code',
      'product.name as product_name',
      'round.code as round_code',
      'round.name as round_name',
      'organisation.name as company_name',
    ])
    .where('bid.round_id', '=', roundId)
    .where('bid.company_id', '=', companyId)
    .where(sql`lower(product.code)`, '=', productCode.toLowerCase())
    .where('round.published_at', 'is not', null)
    .executeTakeFirst();
}

export type OwnBidForReceipt = NonNullable<Awaited<ReturnType<typeof findOwnBidForReceipt>>>;
