import { sql, type Kysely } from 'kysely';

// The outage register (停电/系统故障登记), each round's published extension formula, public notices,
// the deadline extensions they announce, and the audit chain's periodic seals and daily digests.
const STEPS = sql`('demand_closes_at', 'bidding_opens_at', 'bidding_closes_at', 'opening_at')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outage')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    // null while the outage is still going on
    .addColumn('ends_at', 'timestamptz')
    .addColumn('cause', 'text', (c) => c.notNull().check(sql`length(trim(cause)) > 0`))
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addCheckConstraint('outage_ends_after_start', sql`ends_at is null or ends_at > starts_at`)
    .execute();

  // Published with the round; a round without a row uses the defaults below.
  await db.schema
    .createTable('round_outage_formula')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('round.id').onDelete('cascade'))
    .addColumn('grace_after_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(60)
        .check(sql`grace_after_minutes between 0 and 1440`),
    )
    // null: the outage's own duration
    .addColumn('extension_minutes', 'integer', (c) => c.check(sql`extension_minutes between 1 and 10080`))
    .addColumn('minimum_extension_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(30)
        .check(sql`minimum_extension_minutes between 0 and 1440`),
    )
    .execute();

  await db.schema
    .createTable('public_notice')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.references('round.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('outage', 'deadline-extension')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(trim(title)) > 0`))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(trim(body)) > 0`))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .execute();
  await db.schema.createIndex('public_notice_round').on('public_notice').columns(['round_id']).execute();

  await db.schema
    .createTable('deadline_extension')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id'))
    .addColumn('field', 'text', (c) => c.notNull().check(sql`field in ${STEPS}`))
    .addColumn('old_at', 'timestamptz', (c) => c.notNull())
    .addColumn('new_at', 'timestamptz', (c) => c.notNull())
    .addColumn('outage_id', 'uuid', (c) => c.notNull().references('outage.id'))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('public_notice.id'))
    .addColumn('extended_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    // an extension never shortens what was announced
    .addCheckConstraint('deadline_extension_later', sql`new_at > old_at`)
    .execute();
  await db.schema
    .createIndex('deadline_extension_round_field')
    .on('deadline_extension')
    .columns(['round_id', 'field', 'id'])
    .execute();

  await sql`
    create function refuse_append_only_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);

  // Seals chained seal to seal, each holding the stream heads that moved since the one before (the
  // fold of the chain is every stream's head): rewriting a whole stream's chain, recomputing every
  // later hash, still disagrees with the seals and the published digests.
  await db.schema
    .createTable('audit_seal')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('sealed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('through_event_id', 'bigint', (c) => c.notNull())
    .addColumn('stream_heads', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(stream_heads) = 'object'`))
    // over the whole fold: how many streams, and how many events (the sum of their head seqs)
    .addColumn('stream_count', 'integer', (c) => c.notNull().check(sql`stream_count >= 0`))
    .addColumn('event_count', 'bigint', (c) => c.notNull().check(sql`event_count >= 0`))
    .addColumn('seal_hash', 'text', (c) => c.notNull().unique())
    // one successor per seal: two sealers racing cannot fork the chain
    .addColumn('prev_seal_hash', 'text', (c) => c.notNull().unique())
    .execute();

  // The sealer's working copy of the fold (each stream's last sealed head), so a seal finds what moved
  // without re-reading the chain of seals. Not evidence: verification folds the seals themselves.
  await db.schema
    .createTable('audit_sealed_head')
    .addColumn('stream', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('seal_id', 'bigint', (c) => c.notNull().references('audit_seal.id'))
    .execute();

  // The day's last seal, published (Asia/Shanghai days).
  await db.schema
    .createTable('audit_digest')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('seal_id', 'bigint', (c) => c.notNull().references('audit_seal.id'))
    .addColumn('digest_hash', 'text', (c) => c.notNull())
    .addColumn('stream_count', 'integer', (c) => c.notNull().check(sql`stream_count >= 0`))
    .addColumn('event_count', 'bigint', (c) => c.notNull().check(sql`event_count >= 0`))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .execute();

  // a published notice is corrected by another notice, never edited
  for (const table of ['public_notice', 'deadline_extension', 'audit_seal', 'audit_digest']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function refuse_append_only_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function refuse_append_only_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_digest').execute();
  await db.schema.dropTable('audit_sealed_head').execute();
  await db.schema.dropTable('audit_seal').execute();
  await db.schema.dropTable('deadline_extension').execute();
  await db.schema.dropTable('public_notice').execute();
  await sql`drop function refuse_append_only_change()`.execute(db);
  await db.schema.dropTable('round_outage_formula').execute();
  await db.schema.dropTable('outage').execute();
}
