import { sql, type Kysely } from 'kysely';

// Every PDF the platform issues (bid receipts, notices, purchase agreements): one row per document,
// never two for one (kind, subject), so a retried or concurrent generation finds the first one.
// The row holds what the public verification page answers for the printed code: the kind, title,
// round, the instant the document speaks of, and the SHA-256 and size of the stored bytes.
// Append-only: an issued document is corrected by issuing another, never edited.
// Imports nothing of ours: migrations outlive the code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issued_document')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind ~ '^[a-z][a-z-]*[a-z]$'`))
    .addColumn('round_id', 'uuid', (c) => c.references('round.id'))
    .addColumn('subject', 'text', (c) => c.notNull().check(sql`length(subject) between 1 and 500`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(trim(title)) > 0`))
    .addColumn('verification_code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(
          sql`verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'`,
        ),
    )
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    // the instant printed on the document (its data's), not when the row was written
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addUniqueConstraint('issued_document_kind_subject', ['kind', 'subject'])
    .execute();
  await db.schema
    .createIndex('issued_document_round')
    .on('issued_document')
    .columns(['round_id', 'kind'])
    .execute();
  await sql`create trigger issued_document_append_only before update or delete on issued_document
    for each row execute function refuse_append_only_change()`.execute(db);
  await sql`create trigger issued_document_no_truncate before truncate on issued_document
    for each statement execute function refuse_append_only_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('issued_document').execute();
}
