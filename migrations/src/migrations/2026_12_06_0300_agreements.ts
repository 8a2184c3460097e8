import { sql, type Kysely } from 'kysely';

// Purchase agreements (购销协议, issue 11.2): one per awarded round × hospital × winning company, made
// from the stored agreed volumes, each line with its awarded price, volume, cycle and supply role;
// and the job that renders them as PDFs (state here, so a restarted platform carries on where it
// stopped). The PDF's record is the commit point: `issued_at` and the hash are set in the same
// transaction that records the issued document, so a crash before it leaves the agreement to do again
// (the same bytes under the same key), never two PDFs. Issue 12 extends `agreement` (status, signing).
// Imports nothing of ours: migrations outlive the code.
const SUPPLY = sql`('primary', 'backup')`;
const JOB_STATES = sql`('running', 'finished')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id'))
    .addColumn('hospital_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    // the PDF as issued: set once, with the document's record
    .addColumn('pdf_sha256', 'text', (c) => c.check(sql`pdf_sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('pdf_key', 'text')
    .addColumn('issued_at', 'timestamptz')
    // the last rendering failure; cleared when the office starts the job again
    .addColumn('failure', 'text')
    .addUniqueConstraint('agreement_parties', ['round_id', 'hospital_id', 'company_id'])
    .addCheckConstraint(
      'agreement_issued_whole',
      sql`(issued_at is null) = (pdf_sha256 is null) and (issued_at is null) = (pdf_key is null)`,
    )
    .execute();
  await db.schema.createIndex('agreement_hospital').on('agreement').columns(['hospital_id']).execute();
  await db.schema.createIndex('agreement_company').on('agreement').columns(['company_id']).execute();
  // the job's next batch: the round's agreements not yet issued, in id order
  await sql`create index agreement_to_issue on agreement (round_id, id) where issued_at is null`.execute(db);

  await db.schema
    .createTable('agreement_line')
    .addColumn('agreement_id', 'uuid', (c) => c.notNull().references('agreement.id').onDelete('cascade'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('group_key', 'text')
    .addColumn('spec_code', 'text', (c) => c.notNull())
    .addColumn('units_per_pack', 'integer', (c) => c.notNull().check(sql`units_per_pack > 0`))
    // the awarded price (中选价) per pack of the spec
    .addColumn('pack_price', 'numeric', (c) => c.notNull().check(sql`pack_price > 0`))
    .addColumn('agreed_volume', 'bigint', (c) => c.notNull().check(sql`agreed_volume >= 0`))
    .addColumn('supply', 'text', (c) => c.notNull().check(sql`supply in ${SUPPLY}`))
    .addColumn('cycle_start', 'date', (c) => c.notNull())
    .addColumn('cycle_end', 'date', (c) => c.notNull())
    .addUniqueConstraint('agreement_line_entry', ['agreement_id', 'product_id', 'group_key'], (u) =>
      u.nullsNotDistinct(),
    )
    .addCheckConstraint('agreement_line_cycle', sql`cycle_end >= cycle_start`)
    .execute();

  await db.schema
    .createTable('agreement_job')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('round.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ${JOB_STATES}`))
    // agreements made (at the job's first batch); null until then
    .addColumn('total', 'integer')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('started_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('agreement_job_finished', sql`(state = 'finished') = (finished_at is not null)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agreement_job').execute();
  await db.schema.dropTable('agreement_line').execute();
  await db.schema.dropTable('agreement').execute();
}
