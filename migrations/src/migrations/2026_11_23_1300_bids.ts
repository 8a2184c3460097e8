import { sql, type Kysely } from 'kysely';

// Sealed bidding: the round's opening key (public half only; the private half exists as k-of-n
// Shamir shares held by office officials), one sealed bid row per company × product, idempotent
// receipts, the shares officials hand in at opening, and the bids once opened.
// Imports nothing of ours: migrations outlive the code.
const HEX64 = (column: string) => sql.raw(`${column} ~ '^[0-9a-f]{64}$'`);
const SEALED = (column: string) =>
  sql.raw(`jsonb_typeof(${column}) = 'object' and ${column} ?& array['ephemeral', 'wrappedKey', 'box']`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('round_key')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('round.id').onDelete('cascade'))
    // X25519 public key, SubjectPublicKeyInfo DER (always 44 bytes)
    .addColumn('public_key', 'bytea', (c) => c.notNull().check(sql`octet_length(public_key) = 44`))
    // SHA-256 of public_key: printed on every receipt, so a swapped key is visible to bidders
    .addColumn('round_key_id', 'text', (c) => c.notNull().check(HEX64('round_key_id')))
    .addColumn('k', 'smallint', (c) => c.notNull().check(sql`k >= 2`))
    .addColumn('n', 'smallint', (c) => c.notNull().check(sql`n <= 255`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('technical_opened_at', 'timestamptz')
    .addColumn('opened_at', 'timestamptz')
    .addCheckConstraint('round_key_threshold', sql`k <= n`)
    .execute();

  await db.schema
    .createTable('round_key_official')
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round_key.round_id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('share_index', 'smallint', (c) => c.notNull().check(sql`share_index between 1 and 255`))
    .addColumn('share_hash', 'text', (c) => c.notNull().check(HEX64('share_hash')))
    // the share, sealed under the platform's at-rest key, until its official fetches it once
    .addColumn('pending_share', 'text')
    .addColumn('fetched_at', 'timestamptz')
    .addPrimaryKeyConstraint('round_key_official_pk', ['round_id', 'user_id'])
    .addUniqueConstraint('round_key_official_index', ['round_id', 'share_index'])
    .addCheckConstraint('round_key_official_fetched_once', sql`pending_share is null or fetched_at is null`)
    .execute();

  // A company's own bid counter per round: its receipts' sequence numbers. Per company, never global,
  // so a receipt says nothing about how many bids others made.
  await db.schema
    .createTable('bid_counter')
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('last_sequence', 'bigint', (c) => c.notNull().check(sql`last_sequence >= 1`))
    .addPrimaryKeyConstraint('bid_counter_pk', ['round_id', 'company_id'])
    .execute();

  // One row per company × product: concurrent companies never touch the same row. Spec and price are
  // only inside the sealed envelope; a withdrawn bid keeps its row (and revision) without contents.
  await db.schema
    .createTable('bid')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('commitment', 'text', (c) => c.check(HEX64('commitment')))
    .addColumn('envelope', 'jsonb', (c) => c.check(SEALED('envelope')))
    .addColumn('technical_envelope', 'jsonb', (c) => c.check(SEALED('technical_envelope')))
    // the receipt's salt, sealed under the platform's at-rest key (salt + commitment would let a
    // database reader try every price)
    .addColumn('salt_sealed', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('sequence', 'bigint', (c) => c.notNull().check(sql`sequence >= 1`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('withdrawn', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('bid_round_company_product', ['round_id', 'company_id', 'product_id'])
    .addCheckConstraint(
      'bid_contents_unless_withdrawn',
      sql`case when withdrawn then num_nonnulls(commitment, envelope, technical_envelope, salt_sealed) = 0
          else num_nulls(commitment, envelope, salt_sealed) = 0 end`,
    )
    .execute();
  await sql`create trigger bid_company_only before insert or update of company_id on bid
    for each row execute function company_organisation_required()`.execute(db);

  // A retried request (same company, same Idempotency-Key) gets the receipt it got the first time.
  await db.schema
    .createTable('bid_idempotency')
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[A-Za-z0-9._:-]{8,128}$'`))
    .addColumn('request_hash', 'text', (c) => c.notNull().check(HEX64('request_hash')))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('bid', 'withdrawal')`))
    .addColumn('commitment', 'text', (c) => c.check(HEX64('commitment')))
    .addColumn('salt_sealed', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('sequence', 'bigint', (c) => c.notNull().check(sql`sequence >= 1`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('bid_idempotency_pk', ['company_id', 'key'])
    .addCheckConstraint(
      'bid_idempotency_kind_contents',
      sql`(kind = 'bid') = (commitment is not null) and (commitment is null) = (salt_sealed is null)`,
    )
    .execute();

  // Shares handed in at opening, sealed at rest, deleted the moment k of them opened the phase.
  await db.schema
    .createTable('opening_share')
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull().check(sql`phase in ('technical', 'price')`))
    .addColumn('share_sealed', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addPrimaryKeyConstraint('opening_share_pk', ['round_id', 'phase', 'user_id'])
    .addForeignKeyConstraint(
      'opening_share_official',
      ['round_id', 'user_id'],
      'round_key_official',
      ['round_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // The bids as opened: a dual-envelope round first fills `technical`, then spec and price.
  await db.schema
    .createTable('opened_bid')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('bid_id', 'uuid', (c) => c.notNull().unique().references('bid.id').onDelete('cascade'))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('spec_id', 'uuid', (c) => c.references('spec.id'))
    .addColumn('pack_price', sql`numeric(14, 2)`, (c) => c.check(sql`pack_price > 0`))
    .addColumn('technical', 'text')
    .addColumn('technical_pass', 'boolean')
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('commitment', 'text', (c) => c.notNull().check(HEX64('commitment')))
    // technical-opened: waiting for the price phase; tampered: failed to decrypt or to match its commitment
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('technical-opened', 'opened', 'tampered')`),
    )
    .addColumn('problem', 'text')
    .addUniqueConstraint('opened_bid_round_company_product', ['round_id', 'company_id', 'product_id'])
    .addCheckConstraint(
      'opened_bid_status_contents',
      sql`case status when 'opened' then spec_id is not null and pack_price is not null and problem is null
          when 'tampered' then pack_price is null and problem is not null
          else spec_id is null and pack_price is null and problem is null end`,
    )
    .execute();
  await db.schema
    .createIndex('opened_bid_round')
    .on('opened_bid')
    .columns(['round_id', 'product_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('opened_bid').execute();
  await db.schema.dropTable('opening_share').execute();
  await db.schema.dropTable('bid_idempotency').execute();
  await db.schema.dropTable('bid').execute();
  await db.schema.dropTable('bid_counter').execute();
  await db.schema.dropTable('round_key_official').execute();
  await db.schema.dropTable('round_key').execute();
}
