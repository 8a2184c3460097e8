import type { InsertObject, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round's picks so far, in turn order. */
export function listRegionPicks(db: Q, roundId: string) {
  return db.selectFrom('region_pick').selectAll().where('round_id', '=', roundId).orderBy('turn').execute();
}

export async function insertRegionPick(trx: Trx, values: InsertObject<Database, 'region_pick'>) {
  await trx.insertInto('region_pick').values(values).execute();
}

/** Rounds whose region selection is running. */
export function listRoundsInRegionSelection(db: Q) {
  return db.selectFrom('round').select('id').where('state', '=', 'region-selection').execute();
}

/** Sets a company's preferred regions for one product, replacing those it set before. */
export async function upsertRegionPreference(
  trx: Trx,
  key: { roundId: string; productId: string; companyId: string },
  values: { regions: string[]; updated_at: InsertObject<Database, 'region_preference'>['updated_at'] },
) {
  await trx
    .insertInto('region_preference')
    .values({ round_id: key.roundId, product_id: key.productId, company_id: key.companyId, ...values })
    .onConflict((oc) => oc.columns(['round_id', 'product_id', 'company_id']).doUpdateSet(values))
    .execute();
}
