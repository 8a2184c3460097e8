import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** The round's region picks (primary and backup supplier per region and product entry), in turn order. */
export function listRegionPicks(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom('region_pick as k')
    .innerJoin('product as p', 'p.id', 'k.product_id')
    .innerJoin('region', 'region.code', 'k.region_code')
    .select([
      'p.code as product_code',
      'k.group_key',
      'k.company_id',
      'k.region_code',
      'region.name as region_name',
      'k.kind',
    ])
    .where('k.round_id', '=', roundId)
    .orderBy(sql`p.code collate "C"`)
    .orderBy(sql`coalesce(k.group_key, '')`)
    .orderBy('k.turn')
    .execute();
}
