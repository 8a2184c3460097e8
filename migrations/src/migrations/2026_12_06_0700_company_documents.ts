import { sql, type Kysely } from 'kysely';

// Company documents (issue 11 §1): certificates a company uploads by presigned PUT straight to the
// document store. A row is `pending` from the upload request until the platform has read the object
// and checked its size, type and SHA-256: then `accepted` (the verified copy under object_key) or
// `rejected` (the object deleted, the differing fields in `rejection`). The bytes live in the store,
// never here. Imports nothing of ours: migrations outlive the code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('company_document')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('gmp-certificate', 'drug-registration-certificate', 'consistency-evaluation-approval', 'letter-of-authorisation')`,
        ),
    )
    // a withdrawn registration leaves the document, unlinked
    .addColumn('registration_id', 'uuid', (c) => c.references('company_product.id').onDelete('set null'))
    .addColumn('filename', 'text', (c) =>
      c.notNull().check(sql`length(filename) between 1 and 200 and filename !~ '[/\\\\[:cntrl:]]'`),
    )
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('application/pdf', 'image/jpeg', 'image/png')`),
    )
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size between 1 and 20971520`))
    // declared at the request; once accepted, the verified hash of the stored object
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`state in ('pending', 'accepted', 'rejected')`),
    )
    // where the browser PUTs; a key is never reused
    .addColumn('upload_key', 'text', (c) => c.notNull().unique())
    .addColumn('upload_expires_at', 'timestamptz', (c) => c.notNull())
    // the verified copy, under a key no URL was handed out for
    .addColumn('object_key', 'text', (c) => c.unique())
    .addColumn('rejection', 'jsonb')
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint(
      'company_document_decided',
      sql`(state = 'pending') = (decided_at is null)
        and (state = 'accepted') = (object_key is not null)
        and (state = 'rejected') = (rejection is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('company_document_company')
    .on('company_document')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('company_document_created')
    .on('company_document')
    .columns(['created_at', 'id'])
    .execute();
  // the trigger function of migration 1100: an organisation of kind company
  await sql`create trigger company_document_company_only before insert or update of company_id on company_document
    for each row execute function company_organisation_required()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('company_document').execute();
}
