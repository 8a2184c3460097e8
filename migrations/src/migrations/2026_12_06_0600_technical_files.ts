import { sql, type Kysely } from 'kysely';

// Technical files of dual-envelope rounds (issue 11 §1): a company's files attached to its bid for one
// product, sealed like the technical envelope until the technical opening.
// - technical_file_upload: a presigned PUT handed out, waiting for the company to confirm it; the
//   object under staging_key is plaintext the platform has not accepted yet.
// - technical_file: an accepted file. Only ciphertext is stored (sealed_key); `sealing` holds the
//   data key wrapped to the round's public key (the box itself is the stored object); sha256 is the
//   plaintext's, the company's receipt, and what the release checks the decrypted bytes against.
// Imports nothing of ours: migrations outlive the code.
const HEX64 = (column: string) => sql.raw(`${column} ~ '^[0-9a-f]{64}$'`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('technical_file_upload')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('bid_id', 'uuid', (c) => c.notNull().references('bid.id').onDelete('cascade'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('sha256', 'text', (c) => c.notNull().check(HEX64('sha256')))
    .addColumn('staging_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('technical_file_upload_bid')
    .on('technical_file_upload')
    .columns(['bid_id', 'company_id'])
    .execute();

  await db.schema
    .createTable('technical_file')
    // the upload's id: one id from the presigned PUT to the released download
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('bid_id', 'uuid', (c) => c.notNull().references('bid.id').onDelete('cascade'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('sha256', 'text', (c) => c.notNull().check(HEX64('sha256')))
    .addColumn('sealed_key', 'text', (c) => c.notNull().unique())
    .addColumn('ciphertext_sha256', 'text', (c) => c.notNull().check(HEX64('ciphertext_sha256')))
    .addColumn('sealing', 'jsonb', (c) =>
      c
        .notNull()
        .check(sql`jsonb_typeof(sealing) = 'object' and sealing ?& array['ephemeral', 'wrappedKey']`),
    )
    .addColumn('sealed_at', 'timestamptz', (c) => c.notNull())
    // sealed: waiting for the technical opening; discarded: removed by its company or its bid
    // withdrawn before the deadline; released: decrypted and matching its hash; tampered: not
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('sealed', 'discarded', 'released', 'tampered')`),
    )
    .addColumn('released_key', 'text', (c) => c.unique())
    .addColumn('released_at', 'timestamptz')
    .addColumn('problem', 'text')
    .addCheckConstraint(
      'technical_file_status_contents',
      sql`case status when 'released' then released_key is not null and released_at is not null and problem is null
          when 'tampered' then released_key is null and released_at is not null and problem is not null
          else released_key is null and released_at is null and problem is null end`,
    )
    .execute();
  await db.schema
    .createIndex('technical_file_round')
    .on('technical_file')
    .columns(['round_id', 'company_id'])
    .execute();
  await db.schema.createIndex('technical_file_bid').on('technical_file').column('bid_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('technical_file').execute();
  await db.schema.dropTable('technical_file_upload').execute();
}
