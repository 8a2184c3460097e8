import { sql, type Kysely } from 'kysely';

// Organisations, users, sessions, tokens, login throttling, the audit chain, the rehearsal clock and
// the office's working-day calendar. Imports nothing of ours: migrations outlive the code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pgcrypto`.execute(db);

  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[A-Z]{2,3}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisation')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('office', 'region-bureau', 'hospital', 'company')`),
    )
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('uscc', 'char(18)', (c) =>
      c.unique().check(sql`uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'`),
    )
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // hospitals and companies are legal persons: they carry a unified social credit code
    .addCheckConstraint(
      'organisation_uscc_required',
      sql`(kind in ('hospital', 'company')) = (uscc is not null)`,
    )
    .addCheckConstraint(
      'organisation_region_required',
      sql`kind not in ('hospital', 'region-bureau') or region_code is not null`,
    )
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('login', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'`),
    )
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', sql`text[]`, (c) =>
      c
        .notNull()
        .check(
          sql`cardinality(roles) > 0 and roles <@ array['office-admin', 'office-official', 'region-reviewer', 'hospital-user', 'company-user', 'auditor']::text[]`,
        ),
    )
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('login_attempt_login_at')
    .on('login_attempt')
    .columns(['login', 'at'])
    .execute();
  await db.schema.createIndex('login_attempt_ip_at').on('login_attempt').columns(['ip', 'at']).execute();

  // Append-only, hash-chained per stream: the database itself refuses to rewrite history.
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull().check(sql`seq >= 1`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_event_stream_seq', ['stream', 'seq'])
    .execute();
  await sql`
    create function audit_event_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change()`.execute(db);

  // The platform's clock is the database's: jicai_now() is now(), or a rehearsal clock running
  // faster from an anchor when the office (or a test) sets one.
  await db.schema
    .createTable('clock_setting')
    .addColumn('singleton', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`singleton`),
    )
    .addColumn('anchor_real', 'timestamptz', (c) => c.notNull())
    .addColumn('anchor_virtual', 'timestamptz', (c) => c.notNull())
    .addColumn('speed', 'numeric', (c) => c.notNull().check(sql`speed > 0`))
    .execute();
  await sql`
    create function jicai_now() returns timestamptz language sql stable as $$
      select coalesce(
        (select anchor_virtual + (clock_timestamp() - anchor_real) * speed::float8 from clock_setting),
        now())
    $$`.execute(db);

  await db.schema
    .createTable('working_day')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('working_day').execute();
  await sql`drop function jicai_now()`.execute(db);
  await db.schema.dropTable('clock_setting').execute();
  await db.schema.dropTable('audit_event').execute();
  await sql`drop function audit_event_refuse_change()`.execute(db);
  await db.schema.dropTable('login_attempt').execute();
  await db.schema.dropTable('api_token').execute();
  await db.schema.dropTable('session').execute();
  await db.schema.dropTable('app_user').execute();
  await db.schema.dropTable('organisation').execute();
  await db.schema.dropTable('region').execute();
}
