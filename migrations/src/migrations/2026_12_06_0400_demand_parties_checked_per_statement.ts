import { sql, type Kysely } from 'kysely';

// A demand line's parties (a hospital, a company for a brand, a product of the line's round) were
// checked by a row trigger: three lookups per line, one by one. A hospital's import writes up to
// 100,000 lines in one statement, so the same checks now run once per statement over the rows it
// wrote (transition tables), set-based, with the same errors. The row trigger's function stays for
// the down path. Imports nothing of ours: migrations outlive the code.

const CHECK = `
  create function demand_report_parties_check_rows() returns trigger language plpgsql as $$
  declare
    bad record;
  begin
    select n.hospital_id into bad from written n
      where not exists (select 1 from organisation o where o.id = n.hospital_id and o.kind = 'hospital') limit 1;
    if found then
      raise exception 'demand_report refused: organisation % is not a hospital', bad.hospital_id using errcode = 'foreign_key_violation';
    end if;
    select n.brand_company_id into bad from written n
      where n.brand_company_id is not null
        and not exists (select 1 from organisation o where o.id = n.brand_company_id and o.kind = 'company') limit 1;
    if found then
      raise exception 'demand_report refused: organisation % is not a company', bad.brand_company_id using errcode = 'foreign_key_violation';
    end if;
    select n.product_id, n.round_id into bad from written n
      where not exists (select 1 from product p where p.id = n.product_id and p.round_id = n.round_id) limit 1;
    if found then
      raise exception 'demand_report refused: product % is not in round %', bad.product_id, bad.round_id using errcode = 'foreign_key_violation';
    end if;
    return null;
  end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger demand_report_parties on demand_report`.execute(db);
  await sql.raw(CHECK).execute(db);
  // transition tables allow no column list: every update is checked (a review's is one row)
  await sql`create trigger demand_report_parties_inserted after insert on demand_report
    referencing new table as written for each statement execute function demand_report_parties_check_rows()`.execute(
    db,
  );
  await sql`create trigger demand_report_parties_updated after update on demand_report
    referencing new table as written for each statement execute function demand_report_parties_check_rows()`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger demand_report_parties_updated on demand_report`.execute(db);
  await sql`drop trigger demand_report_parties_inserted on demand_report`.execute(db);
  await sql`drop function demand_report_parties_check_rows()`.execute(db);
  await sql`create trigger demand_report_parties before insert or update of round_id, product_id, hospital_id, brand_company_id
    on demand_report for each row execute function demand_report_parties_check()`.execute(db);
}
