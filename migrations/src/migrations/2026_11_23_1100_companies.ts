import { sql, type Kysely } from 'kysely';

// What the office knows about each company (the facts the rules read: credit, regions supplied,
// sales, affiliate group, violation list, quality failures) and the product specs each company
// registers for a round before bidding opens. Imports nothing of ours: migrations outlive the code.
export async function up(db: Kysely<any>): Promise<void> {
  // A foreign key cannot say "an organisation of kind company"; the trigger does, for both tables.
  await sql`
    create function company_organisation_required() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from organisation where id = new.company_id and kind = 'company') then
        raise exception '% refused: organisation % is not a company', tg_table_name, new.company_id
          using errcode = 'foreign_key_violation';
      end if;
      return new;
    end $$`.execute(db);

  await db.schema
    .createTable('company_fact')
    .addColumn('company_id', 'uuid', (c) => c.primaryKey().references('organisation.id'))
    // 0 no rating, 1 一般, 2 中等, 3 严重, 4 特别严重 (rules §3–4: rank ascending, some ranks excluded)
    .addColumn('credit_rank', 'integer', (c) => c.notNull().check(sql`credit_rank between 0 and 4`))
    .addColumn('regions_supplied_last_year', 'integer', (c) =>
      c.notNull().check(sql`regions_supplied_last_year >= 0`),
    )
    .addColumn('sales_volume', 'bigint', (c) => c.notNull().check(sql`sales_volume >= 0`))
    .addColumn('affiliate_group', 'text', (c) => c.check(sql`length(trim(affiliate_group)) > 0`))
    .addColumn('on_violation_list', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('violation_until', 'date')
    .addColumn('quality_failure_on', 'date')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addCheckConstraint(
      'company_fact_violation_until_listed',
      sql`on_violation_list or violation_until is null`,
    )
    .execute();
  await sql`create trigger company_fact_company_only before insert or update of company_id on company_fact
    for each row execute function company_organisation_required()`.execute(db);

  await db.schema
    .createTable('company_product')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('spec_id', 'uuid', (c) => c.notNull().references('spec.id'))
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    // 批准文号: 国药准字 H/Z/S/J + 8 digits for drugs; 械注准/国械注进/… + 11 digits for consumables
    .addColumn('approval_number', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`approval_number ~ '^国药准字[HZSJ][0-9]{8}$' or approval_number ~ '^[国进]?械注[准进许][0-9]{11}$'`,
        ),
    )
    .addColumn('approval_date', 'date', (c) => c.notNull())
    .addColumn('originator', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('reference', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('consistency_passed_on', 'date')
    .addColumn('annual_capacity', 'bigint', (c) => c.check(sql`annual_capacity >= 0`))
    .addColumn('market_volume', 'bigint', (c) => c.check(sql`market_volume >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addUniqueConstraint('company_product_round_company_spec', ['round_id', 'company_id', 'spec_id'])
    .execute();
  await db.schema
    .createIndex('company_product_company')
    .on('company_product')
    .columns(['company_id', 'round_id'])
    .execute();
  await sql`create trigger company_product_company_only before insert or update of company_id on company_product
    for each row execute function company_organisation_required()`.execute(db);

  // The spec must be the product's and the product the round's: the catalogue tables belong to the
  // rounds feature, so this is checked here rather than with composite keys on their tables.
  await sql`
    create function company_product_in_catalogue() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from spec s join product p on p.id = s.product_id
                     where s.id = new.spec_id and p.id = new.product_id and p.round_id = new.round_id) then
        raise exception 'company_product refused: spec % is not a spec of product % in round %',
          new.spec_id, new.product_id, new.round_id using errcode = 'foreign_key_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger company_product_catalogue before insert or update of round_id, product_id, spec_id on company_product
    for each row execute function company_product_in_catalogue()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('company_product').execute();
  await sql`drop function company_product_in_catalogue()`.execute(db);
  await db.schema.dropTable('company_fact').execute();
  await sql`drop function company_organisation_required()`.execute(db);
}
