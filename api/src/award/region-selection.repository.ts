import { sql, type InsertObject, type Kysely, type Transaction } from 'kysely';
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

/**
 * What a region-selection watcher compares to notice a change: the round's state, when selection
 * started, how many picks were made, and the round's rehearsal clock (it moves every deadline).
 * One row by primary keys and an index count; undefined when the round does not exist.
 */
export async function readRegionSelectionVersion(db: Q, roundId: string) {
  const { rows } = await sql<{ version: string }>`
    select concat_ws('.', r.state, extract(epoch from a.region_selection_started_at)::text,
             (select count(*) from region_pick p where p.round_id = r.id)::text,
             extract(epoch from c.anchor_real)::text, c.speed::text) as version
    from round r
    left join round_award a on a.round_id = r.id
    left join round_clock c on c.round_id = r.id
    where r.id = ${roundId}::uuid`.execute(db);
  return rows[0]?.version;
}
