import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** The matrix world's one listing: company A's P1 in the agreed round, with its first change. */
export const MATRIX_LISTING_ID = '00000000-0000-4000-8000-0000000011a7';

export async function insertMatrixListing(
  db: Kysely<Database>,
  roundId: string,
  companyId: string,
  by: string,
) {
  const product = await db
    .selectFrom('product')
    .select('id')
    .where('round_id', '=', roundId)
    .where('code', '=', 'P1')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('listing')
    .values({
      id: MATRIX_LISTING_ID,
      round_id: roundId,
      product_id: product.id,
      company_id: companyId,
      spec_code: 'S1',
      units_per_pack: 14,
      pack_price: '2.80',
      status: 'listed',
    })
    .execute();
  await db
    .insertInto('listing_change')
    .values({
      listing_id: MATRIX_LISTING_ID,
      kind: 'listed',
      status: 'listed',
      pack_price: '2.80',
      reason_code: 'OFFICE',
      reason: 'matrix',
      changed_by: by,
    })
    .execute();
}
