import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

const RELEASE_COLUMNS = [
  'r.id',
  'r.round_id',
  'r.stage',
  sql<string>`r.txid::text`.as('txid'),
  'r.recorded_at',
  'r.round_row',
  'r.evaluation_seq',
] as const;

/**
 * A page of the feed in commit order, after the release `afterId` (the cursor names a release; its
 * transaction id stays in the database, since transaction ids count every write, bids included).
 * Only rows whose transaction is older than every transaction still in flight are given out
 * (pg_snapshot_xmin of this statement's snapshot): such a transaction has committed (its rows are in
 * the snapshot) or rolled back, and no transaction that could still commit has a smaller txid, so
 * nothing can appear behind the cursor later.
 */
export function pageCommittedReleases(db: Q, afterId: string | null, limit: number) {
  return db
    .selectFrom('ocds_release as r')
    .select(RELEASE_COLUMNS)
    .where(sql<boolean>`r.txid < pg_snapshot_xmin(pg_current_snapshot())`)
    .$if(afterId !== null, (q) =>
      q.where(
        sql<boolean>`(r.txid, r.id) > ((select c.txid from ocds_release c where c.id = ${afterId}::bigint), ${afterId}::bigint)`,
      ),
    )
    .orderBy(sql`r.txid`)
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

/** Whether a release exists (a cursor names one). */
export async function releaseExists(db: Q, id: string): Promise<boolean> {
  const row = await db.selectFrom('ocds_release').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The round's releases in the order they were recorded (one round's changes are serialised by its row lock). */
export function listRoundReleases(db: Q, roundId: string) {
  return db
    .selectFrom('ocds_release as r')
    .select(RELEASE_COLUMNS)
    .where('r.round_id', '=', roundId)
    .orderBy('r.id')
    .execute();
}

export type ReleaseRow = Awaited<ReturnType<typeof listRoundReleases>>[number];

/** The regions of the round, with their names, by code. */
export function listRoundRegions(db: Q, roundId: string) {
  return db
    .selectFrom('round_region')
    .innerJoin('region', 'region.code', 'round_region.region_code')
    .select(['region.code', 'region.name'])
    .where('round_region.round_id', '=', roundId)
    .orderBy(sql`region.code collate "C"`)
    .execute();
}

/** Names of organisations by id (the release names every party it mentions). */
export function findOrganisations(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The organisation of the user who created the round: the procuring entity (the office). */
export function findRoundOffice(db: Q, createdBy: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(['organisation.id', 'organisation.name'])
    .where('app_user.id', '=', createdBy)
    .executeTakeFirst();
}

/** Every agreed-volume line of the round (agreements: hospital × company × product entry). */
export function listAgreedVolumeLines(db: Q, roundId: string) {
  return db
    .selectFrom('agreed_volume as v')
    .innerJoin('product as p', 'p.id', 'v.product_id')
    .select(['p.code as product_code', 'v.group_key', 'v.hospital_id', 'v.company_id', 'v.quantity'])
    .where('v.round_id', '=', roundId)
    .orderBy(sql`p.code collate "C"`)
    .orderBy(sql`coalesce(v.group_key, '')`)
    .orderBy(sql`coalesce(v.hospital_id::text, '')`)
    .orderBy(sql`v.company_id::text`)
    .execute();
}
