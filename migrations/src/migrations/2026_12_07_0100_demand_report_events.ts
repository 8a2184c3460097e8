import { sql, type Kysely } from 'kysely';

// A demand line's review trail (issue 10 §1, the hospital's history): submitted, returned with the
// reviewer's reason, resubmitted, approved. The audit chain holds every decision, but an import is one
// audit entry for all its lines, so the trail of one line is kept here, written by statement triggers
// on demand_report itself: every writer (the form, the import's set-based upsert, a review, the demo
// seed) is recorded without any of them knowing, at the speed of the import (transition tables, one
// insert per statement). Times are the line's own (the round's clock). Imports nothing of ours.

const ON_INSERT = `
  create function demand_report_events_inserted() returns trigger language plpgsql as $$
  begin
    insert into demand_report_event (report_id, kind, quantity, last_year_volume, reason, comment, actor_user_id, at)
    select w.id, 'submitted', w.quantity, w.last_year_volume, w.reason, null, null, w.submitted_at from written w;
    -- a line written already reviewed (the demo seed) has its review too
    insert into demand_report_event (report_id, kind, quantity, last_year_volume, reason, comment, actor_user_id, at)
    select w.id, w.status, w.quantity, w.last_year_volume, w.reason, w.reviewer_comment, w.reviewed_by,
      coalesce(w.reviewed_at, w.updated_at)
    from written w where w.status <> 'submitted';
    return null;
  end $$`;

const ON_UPDATE = `
  create function demand_report_events_updated() returns trigger language plpgsql as $$
  begin
    insert into demand_report_event (report_id, kind, quantity, last_year_volume, reason, comment, actor_user_id, at)
    select a.id,
      case when a.status = 'submitted' then 'resubmitted' else a.status end,
      a.quantity, a.last_year_volume, a.reason,
      case when a.status = 'submitted' then null else a.reviewer_comment end,
      case when a.status = 'submitted' then null else a.reviewed_by end,
      case when a.status = 'submitted' then a.updated_at else coalesce(a.reviewed_at, a.updated_at) end
    from after_rows a join before_rows b on b.id = a.id
    where (a.status = 'submitted' and (b.status <> 'submitted' or b.updated_at <> a.updated_at
             or b.quantity <> a.quantity or b.last_year_volume is distinct from a.last_year_volume
             or b.reason is distinct from a.reason))
       or (a.status <> 'submitted' and (b.status <> a.status or b.reviewed_at is distinct from a.reviewed_at));
    return null;
  end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demand_report_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('demand_report.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('submitted', 'resubmitted', 'approved', 'returned')`),
    )
    .addColumn('quantity', 'bigint', (c) => c.notNull())
    .addColumn('last_year_volume', 'bigint')
    .addColumn('reason', 'text')
    .addColumn('comment', 'text')
    .addColumn('actor_user_id', 'uuid')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('demand_report_event_report')
    .on('demand_report_event')
    .columns(['report_id', 'id'])
    .execute();
  await sql.raw(ON_INSERT).execute(db);
  await sql.raw(ON_UPDATE).execute(db);
  await sql`create trigger demand_report_events_inserted after insert on demand_report
    referencing new table as written for each statement execute function demand_report_events_inserted()`.execute(
    db,
  );
  await sql`create trigger demand_report_events_updated after update on demand_report
    referencing old table as before_rows new table as after_rows
    for each statement execute function demand_report_events_updated()`.execute(db);
  // the lines written before this migration: their submission and, if reviewed, the last review
  await sql`insert into demand_report_event (report_id, kind, quantity, last_year_volume, reason, comment, actor_user_id, at)
    select id, 'submitted', quantity, last_year_volume, reason, null, null, submitted_at from demand_report`.execute(
    db,
  );
  await sql`insert into demand_report_event (report_id, kind, quantity, last_year_volume, reason, comment, actor_user_id, at)
    select id, status, quantity, last_year_volume, reason, reviewer_comment, reviewed_by, coalesce(reviewed_at, updated_at)
    from demand_report where status <> 'submitted'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger demand_report_events_updated on demand_report`.execute(db);
  await sql`drop trigger demand_report_events_inserted on demand_report`.execute(db);
  await sql`drop function demand_report_events_updated()`.execute(db);
  await sql`drop function demand_report_events_inserted()`.execute(db);
  await db.schema.dropTable('demand_report_event').execute();
}
