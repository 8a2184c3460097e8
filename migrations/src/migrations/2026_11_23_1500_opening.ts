import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// From the opening of the bids to agreed volumes (rules §5–8): the evaluation records (published
// input and output with their hashes), revival offers, the award calendar, objections, online
// region selection and agreed volumes. Imports nothing of ours: migrations outlive the code.
const REASONS = sql`('opening', 'revival', 'revival-closed', 'objection')`;
const OBJECTION_TYPES = sql`('eligibility', 'price-calculation', 'qualification', 'other')`;
const SHA256 = (column: string) => sql.raw(`${column} ~ '^[0-9a-f]{64}$'`);
type Column = ColumnDefinitionBuilder;
const roundRef = (c: Column) => c.notNull().references('round.id');
const productRef = (c: Column) => c.notNull().references('product.id');

export async function up(db: Kysely<any>): Promise<void> {
  // the award's own calendar and parameters, one row per round once the office sets them or bids open
  await db.schema
    .createTable('round_award')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('round.id').onDelete('cascade'))
    .addColumn('revival_window_hours', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(24)
        .check(sql`revival_window_hours between 1 and 720`),
    )
    .addColumn('region_turn_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(60)
        .check(sql`region_turn_minutes between 1 and 10080`),
    )
    .addColumn('opened_at', 'timestamptz')
    .addColumn('revival_closes_at', 'timestamptz')
    .addColumn('revival_closed_at', 'timestamptz')
    .addColumn('proposed_at', 'timestamptz')
    .addColumn('objection_ends_at', 'timestamptz')
    .addColumn('awarded_at', 'timestamptz')
    .addColumn('region_selection_started_at', 'timestamptz')
    .addColumn('volumes_agreed_at', 'timestamptz')
    .addCheckConstraint(
      'round_award_proposed_has_end',
      sql`(proposed_at is null) = (objection_ends_at is null)`,
    )
    .execute();

  // every evaluation run, as published: the exact bytes, their SHA-256, the platform's signature
  await db.schema
    .createTable('evaluation_record')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ${REASONS}`))
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('output_json', 'text', (c) => c.notNull())
    .addColumn('input_sha256', 'text', (c) => c.notNull().check(SHA256('input_sha256')))
    .addColumn('output_sha256', 'text', (c) => c.notNull().check(SHA256('output_sha256')))
    .addColumn('ruleset_name', 'text', (c) => c.notNull())
    .addColumn('ruleset_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    // Ed25519 over the record's hashes (base64), and the platform key that made it
    .addColumn('signature', 'text')
    .addColumn('signing_key_id', 'text')
    .addUniqueConstraint('evaluation_record_round_seq', ['round_id', 'seq'])
    // the schema recomputes the hashes: a stored hash always names the stored bytes
    .addCheckConstraint(
      'evaluation_record_hashes',
      sql`input_sha256 = encode(sha256(convert_to(input_json, 'UTF8')), 'hex')
          and output_sha256 = encode(sha256(convert_to(output_json, 'UTF8')), 'hex')`,
    )
    .addCheckConstraint(
      'evaluation_record_signed_with_key',
      sql`(signature is null) = (signing_key_id is null)`,
    )
    .execute();
  // published records never change; only a missing signature may be added once
  await sql`
    create function evaluation_record_immutable() returns trigger language plpgsql as $$
    begin
      if old.signature is not null or (to_jsonb(new) - 'signature' - 'signing_key_id')
           is distinct from (to_jsonb(old) - 'signature' - 'signing_key_id') then
        raise exception 'evaluation_record % is published: it cannot change', old.id
          using errcode = 'integrity_constraint_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger evaluation_record_immutable before update on evaluation_record
    for each row execute function evaluation_record_immutable()`.execute(db);

  // 复活: a shortlisted bid failing the price condition may still win at the offered UCP
  await db.schema
    .createTable('revival_offer')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('product_id', 'uuid', productRef)
    .addColumn('group_key', 'text')
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    // the bid's id in the published evaluation input
    .addColumn('bid_id', 'text', (c) => c.notNull())
    .addColumn('offer_ucp', sql`numeric(14, 4)`, (c) => c.notNull().check(sql`offer_ucp > 0`))
    .addColumn('answer', 'text', (c) => c.check(sql`answer in ('accept', 'decline')`))
    .addColumn('answered_at', 'timestamptz')
    // null with an answer: declined by the window closing
    .addColumn('answered_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addUniqueConstraint('revival_offer_round_bid', ['round_id', 'bid_id'])
    .addCheckConstraint('revival_offer_answered', sql`(answer is null) = (answered_at is null)`)
    .execute();

  // 异议: typed objections filed during the objection period, answered by the office
  await db.schema
    .createTable('objection')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('filed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ${OBJECTION_TYPES}`))
    .addColumn('product_id', 'uuid', productRef)
    .addColumn('statement', 'text', (c) => c.notNull().check(sql`length(trim(statement)) > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'upheld', 'rejected')`),
    )
    .addColumn('answer', 'text')
    // an upheld objection's correction of the evaluation input
    .addColumn('correction', 'jsonb')
    .addColumn('answered_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('answered_at', 'timestamptz')
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addCheckConstraint(
      'objection_answered',
      sql`(status = 'open') = (answered_at is null) and (answered_at is null) = (answered_by is null)
          and (status = 'open' or length(trim(coalesce(answer, ''))) > 0)`,
    )
    .addCheckConstraint('objection_upheld_corrects', sql`(status = 'upheld') = (correction is not null)`)
    .execute();
  await db.schema.createIndex('objection_round').on('objection').columns(['round_id', 'status']).execute();

  // what a winner takes when its turn runs out, before the published preferences
  await db.schema
    .createTable('region_preference')
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('product_id', 'uuid', productRef)
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('regions', sql`text[]`, (c) => c.notNull().check(sql`array_position(regions, null) is null`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addPrimaryKeyConstraint('region_preference_pk', ['round_id', 'product_id', 'company_id'])
    .execute();

  // the public log of online region selection, one row per pick of a product entry
  await db.schema
    .createTable('region_pick')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('product_id', 'uuid', productRef)
    .addColumn('group_key', 'text')
    .addColumn('turn', 'integer', (c) => c.notNull().check(sql`turn >= 1`))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('primary', 'backup')`))
    // the turn's time limit; a pick after it is the default pick applied by the sweep
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('picked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('by_default', 'boolean', (c) => c.notNull())
    .addColumn('picked_by', 'uuid', (c) => c.references('app_user.id'))
    .addUniqueConstraint('region_pick_turn', ['round_id', 'product_id', 'group_key', 'turn'], (u) =>
      u.nullsNotDistinct(),
    )
    .addUniqueConstraint(
      'region_pick_region',
      ['round_id', 'product_id', 'group_key', 'kind', 'region_code'],
      (u) => u.nullsNotDistinct(),
    )
    .addCheckConstraint('region_pick_by_someone', sql`by_default or picked_by is not null`)
    .execute();

  // 约定采购量 per institution × company (institution null: shares by rank without regions)
  await db.schema
    .createTable('agreed_volume')
    .addColumn('round_id', 'uuid', roundRef)
    .addColumn('product_id', 'uuid', productRef)
    .addColumn('group_key', 'text')
    .addColumn('institution_id', 'uuid', (c) => c.references('organisation.id'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('quantity', 'bigint', (c) => c.notNull().check(sql`quantity >= 0`))
    .addUniqueConstraint(
      'agreed_volume_line',
      ['round_id', 'product_id', 'group_key', 'institution_id', 'company_id'],
      (u) => u.nullsNotDistinct(),
    )
    .execute();
  await db.schema
    .createIndex('agreed_volume_institution')
    .on('agreed_volume')
    .columns(['round_id', 'institution_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agreed_volume').execute();
  await db.schema.dropTable('region_pick').execute();
  await db.schema.dropTable('region_preference').execute();
  await db.schema.dropTable('objection').execute();
  await db.schema.dropTable('revival_offer').execute();
  await db.schema.dropTable('evaluation_record').execute();
  await sql`drop function evaluation_record_immutable()`.execute(db);
  await db.schema.dropTable('round_award').execute();
}
