import { sql, type Kysely } from 'kysely';

// The region reviewer's queue (issue 10.2) reads one region's reports of a round in one status,
// oldest first, a page at a time: with the submission time and id in the index the page is read in
// index order and stops at the page's end, however many thousand lines wait. It replaces the
// (round, region, status) index, which it covers as a prefix. Imports nothing of ours.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('demand_report_review_queue')
    .on('demand_report')
    .columns(['round_id', 'region_code', 'status', 'submitted_at', 'id'])
    .execute();
  await db.schema.dropIndex('demand_report_round_region').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('demand_report_round_region')
    .on('demand_report')
    .columns(['round_id', 'region_code', 'status'])
    .execute();
  await sql`drop index demand_report_review_queue`.execute(db);
}
