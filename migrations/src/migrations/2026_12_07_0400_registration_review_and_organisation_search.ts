import { sql, type Kysely } from 'kysely';

// Issue 10 §3: the office reviews company registrations (资格审核), and searches tens of thousands of
// organisations by name. A registration counts unless the office rejected it: existing rows (and
// every registration nobody reviewed) stay `pending` and keep bidding as before; a `rejected` one
// carries its reason and cannot bid (jicai_submit_bids no longer counts it as registered).
// Imports nothing of ours: migrations outlive the code.

/** The bid writer's registration probe, before and after: only this fragment changes. */
const PROBE = 'where cp.product_id = p.id and cp.company_id = i.company';
const PROBE_REVIEWED = `where cp.review_status <> 'rejected' and cp.product_id = p.id and cp.company_id = i.company`;

/**
 * The bid writer is redefined from its own current definition with the registration probe narrowed,
 * so this migration does not restate (and freeze) the 150 lines of jicai_submit_bids; it refuses
 * to run unless the probe appears exactly once.
 */
async function rewriteBidWriter(db: Kysely<any>, from: string, to: string): Promise<void> {
  const { rows } = await sql<{
    def: string;
  }>`select pg_get_functiondef('jicai_submit_bids'::regproc) as def`.execute(db);
  const def = rows[0]?.def ?? '';
  if (def.split(from).length !== 2)
    throw new Error('jicai_submit_bids: the registration probe is not there exactly once');
  await sql.raw(def.replace(from, to)).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('company_product')
    .addColumn('review_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`review_status in ('pending', 'approved', 'rejected')`),
    )
    .addColumn('review_reason', 'text', (c) => c.check(sql`length(review_reason) between 1 and 500`))
    .addColumn('reviewed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .execute();
  await sql`alter table company_product add constraint company_product_reviewed check (
    (review_status = 'pending') = (reviewed_at is null)
    and (review_status = 'pending') = (reviewed_by is null)
    and (review_status = 'rejected') = (review_reason is not null))`.execute(db);
  await rewriteBidWriter(db, PROBE, PROBE_REVIEWED);

  // name search is a substring match (ILIKE '%…%'): a trigram index answers it without a scan
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index organisation_name_trgm on organisation using gin (name gin_trgm_ops)`.execute(db);
  // the filtered list pages by (kind, name, id) within a region
  await db.schema
    .createIndex('organisation_region_kind_name')
    .on('organisation')
    .columns(['region_code', 'kind', 'name', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('organisation_region_kind_name').execute();
  await sql`drop index organisation_name_trgm`.execute(db);
  await rewriteBidWriter(db, PROBE_REVIEWED, PROBE);
  await sql`alter table company_product drop constraint company_product_reviewed`.execute(db);
  await db.schema
    .alterTable('company_product')
    .dropColumn('review_status')
    .dropColumn('review_reason')
    .dropColumn('reviewed_by')
    .dropColumn('reviewed_at')
    .execute();
}
