import { sql, type Kysely } from 'kysely';

// Rounds (批次), their alliance's regions and the catalogue: products (品种) and specs (规格).
// Imports nothing of ours: migrations outlive the code, so the domain's lists are copied here.
const ROUND_STATES = sql`('draft', 'published', 'demand-open', 'demand-closed', 'demand-locked', 'bidding-open', 'bidding-closed', 'cancelled')`;
const FORMS = sql`('oral-solid', 'oral-liquid', 'injection', 'consumable', 'other')`;
const VOLUME_CLASSES = sql`('general', 'designated-anti-infective', 'exclusive')`;
const CALENDAR = [
  'demand_opens_at',
  'demand_closes_at',
  'bidding_opens_at',
  'bidding_closes_at',
  'opening_at',
  'objection_working_days',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('round')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' and length(code) <= 40`),
    )
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
    // the office's choice as given: a built-in name (a JSON string) or {"extends": …, …overrides}
    .addColumn('ruleset', 'jsonb', (c) =>
      c.notNull().check(sql`jsonb_typeof(ruleset) in ('string', 'object')`),
    )
    // the resolved Ruleset, written once at publish: later code changes to a built-in never move it
    .addColumn('ruleset_frozen', 'jsonb')
    .addColumn('demand_opens_at', 'timestamptz')
    .addColumn('demand_closes_at', 'timestamptz')
    .addColumn('bidding_opens_at', 'timestamptz')
    .addColumn('bidding_closes_at', 'timestamptz')
    .addColumn('opening_at', 'timestamptz')
    .addColumn('objection_working_days', 'integer', (c) => c.check(sql`objection_working_days >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    // named, so a later issue extending the life past bidding can replace it
    .addCheckConstraint('round_state_known', sql`state in ${ROUND_STATES}`)
    // the calendar is set as a whole
    .addCheckConstraint(
      'round_calendar_complete',
      sql.raw(`num_nulls(${CALENDAR.join(', ')}) in (0, ${CALENDAR.length})`),
    )
    // the same order as the domain's checkRoundCalendar
    .addCheckConstraint(
      'round_calendar_order',
      sql`demand_opens_at is null or (demand_opens_at < demand_closes_at and demand_closes_at <= bidding_opens_at
          and bidding_opens_at < bidding_closes_at and bidding_closes_at <= opening_at)`,
    )
    // published exactly when frozen (in one transaction, frozen first); past draft means published,
    // except a draft cancelled before publishing
    .addCheckConstraint('round_frozen_at_publish', sql`(published_at is null) = (ruleset_frozen is null)`)
    .addCheckConstraint(
      'round_published_unless_draft',
      sql`state in ('draft', 'cancelled') or (published_at is not null and demand_opens_at is not null)`,
    )
    .execute();

  await db.schema
    .createTable('round_region')
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addPrimaryKeyConstraint('round_region_pk', ['round_id', 'region_code'])
    .execute();

  await db.schema
    .createTable('product')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    // the contract's product id: also a URL segment
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('form', 'text', (c) => c.notNull().check(sql`form in ${FORMS}`))
    .addColumn('volume_class', 'text', (c) => c.notNull().check(sql`volume_class in ${VOLUME_CLASSES}`))
    .addColumn('strength_unit', 'text', (c) => c.notNull().check(sql`length(trim(strength_unit)) > 0`))
    // NHSA 医保药品分类与代码: X (western medicine) or Z (Chinese patent medicine) + 22 characters
    .addColumn('national_drug_code', 'text', (c) => c.check(sql`national_drug_code ~ '^[XZ][A-Z0-9]{22}$'`))
    .addColumn('representative_spec_code', 'text', (c) => c.notNull())
    // the quality or consumable-attribute groups (§7) a bid may name; empty: the product is not split
    .addColumn('groups', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'::text[]`)
        .check(sql`array_position(groups, null) is null and '' <> all(groups)`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addUniqueConstraint('product_round_code', ['round_id', 'code'])
    .execute();

  await db.schema
    .createTable('spec')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'`))
    .addColumn('strength', 'numeric', (c) => c.notNull().check(sql`strength > 0`))
    .addColumn('unit_count', 'integer', (c) => c.notNull().check(sql`unit_count >= 1`))
    .addColumn('volume_ml', 'numeric', (c) => c.check(sql`volume_ml > 0`))
    // maximum valid unit price (最高有效申报价), 4 decimals
    .addColumn('ceiling', sql`numeric(14, 4)`, (c) => c.notNull().check(sql`ceiling > 0`))
    .addUniqueConstraint('spec_product_code', ['product_id', 'code'])
    .execute();

  // The representative spec is one of the product's own specs. Deferred: a product and its specs are
  // written in one transaction, and the constraint is judged at commit.
  await db.schema
    .alterTable('product')
    .addForeignKeyConstraint('product_representative_spec', ['id', 'representative_spec_code'], 'spec', [
      'product_id',
      'code',
    ])
    .deferrable()
    .initiallyDeferred()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('product').dropConstraint('product_representative_spec').execute();
  await db.schema.dropTable('spec').execute();
  await db.schema.dropTable('product').execute();
  await db.schema.dropTable('round_region').execute();
  await db.schema.dropTable('round').execute();
}
