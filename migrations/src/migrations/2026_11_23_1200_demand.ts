import { sql, type Kysely } from 'kysely';

// Demand reporting (报量): one line per hospital × product (× brand when reported by brand), reviewed
// by the hospital's region. Imports nothing of ours: migrations outlive the code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demand_report')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('product.id'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    // the hospital's region when it reported: the reviewer's scope and the evaluation's regionId
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('quantity', 'bigint', (c) => c.notNull().check(sql`quantity >= 0`))
    // null: reported by generic name; else the company whose brand the hospital asks for
    .addColumn('brand_company_id', 'uuid', (c) => c.references('organisation.id'))
    .addColumn('last_year_volume', 'bigint', (c) => c.check(sql`last_year_volume >= 0`))
    .addColumn('group_key', 'text', (c) => c.check(sql`length(trim(group_key)) > 0`))
    .addColumn('reason', 'text', (c) => c.check(sql`length(trim(reason)) > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('submitted')
        .check(sql`status in ('submitted', 'approved', 'returned')`),
    )
    .addColumn('reviewer_comment', 'text')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    // one line per hospital, product and brand; "by generic name" (null brand) counts as one value
    .addUniqueConstraint(
      'demand_report_line',
      ['round_id', 'product_id', 'institution_id', 'brand_company_id'],
      (u) => u.nullsNotDistinct(),
    )
    // a returned report tells the hospital why
    .addCheckConstraint(
      'demand_report_returned_has_comment',
      sql`status <> 'returned' or length(trim(coalesce(reviewer_comment, ''))) > 0`,
    )
    // a reviewed report names its reviewer and moment; a (re)submitted one waits for review
    .addCheckConstraint(
      'demand_report_review_recorded',
      sql`(status = 'submitted') = (reviewed_at is null) and (reviewed_at is null) = (reviewed_by is null)`,
    )
    .execute();
  // Foreign keys cannot say "a hospital", "a company" or "a product of this round": the trigger does.
  await sql`
    create function demand_report_parties_check() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from organisation where id = new.institution_id and kind = 'hospital') then
        raise exception 'demand_report refused: organisation % is not a hospital', new.institution_id using errcode = 'foreign_key_violation';
      end if;
      if new.brand_company_id is not null
         and not exists (select 1 from organisation where id = new.brand_company_id and kind = 'company') then
        raise exception 'demand_report refused: organisation % is not a company', new.brand_company_id using errcode = 'foreign_key_violation';
      end if;
      if not exists (select 1 from product where id = new.product_id and round_id = new.round_id) then
        raise exception 'demand_report refused: product % is not in round %', new.product_id, new.round_id using errcode = 'foreign_key_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger demand_report_parties before insert or update of round_id, product_id, institution_id, brand_company_id
    on demand_report for each row execute function demand_report_parties_check()`.execute(db);
  await db.schema
    .createIndex('demand_report_round_region')
    .on('demand_report')
    .columns(['round_id', 'region_code', 'status'])
    .execute();
  await db.schema
    .createIndex('demand_report_round_institution')
    .on('demand_report')
    .columns(['round_id', 'institution_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demand_report').execute();
  await sql`drop function demand_report_parties_check()`.execute(db);
}
