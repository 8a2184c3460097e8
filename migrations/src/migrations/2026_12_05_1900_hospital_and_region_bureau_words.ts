import { sql, type Kysely } from 'kysely';

// One word per thing (issue 13, docs/rules.md §1): the organisation kind is `hospital`, so the
// columns that name one are `hospital_id` (they were `institution_id`), with their indexes and foreign
// keys; the organisation kind is `region-bureau`, so its users' role is `region-bureau-user` (it was
// `region-reviewer`). The evaluation contract keeps its own `institutionId`: the API maps at that
// boundary. Audit events already written keep the words they were written with.
// Imports nothing of ours: migrations outlive the code.

const ROLES_NOW = `'office-admin', 'office-official', 'region-bureau-user', 'hospital-user', 'company-user', 'auditor'`;
const ROLES_BEFORE = `'office-admin', 'office-official', 'region-reviewer', 'hospital-user', 'company-user', 'auditor'`;

/** The demand trigger's function reads the column by name, so it is written again with each name. */
const partiesCheck = (column: string) => `
    create or replace function demand_report_parties_check() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from organisation where id = new.${column} and kind = 'hospital') then
        raise exception 'demand_report refused: organisation % is not a hospital', new.${column} using errcode = 'foreign_key_violation';
      end if;
      if new.brand_company_id is not null
         and not exists (select 1 from organisation where id = new.brand_company_id and kind = 'company') then
        raise exception 'demand_report refused: organisation % is not a company', new.brand_company_id using errcode = 'foreign_key_violation';
      end if;
      if not exists (select 1 from product where id = new.product_id and round_id = new.round_id) then
        raise exception 'demand_report refused: product % is not in round %', new.product_id, new.round_id using errcode = 'foreign_key_violation';
      end if;
      return new;
    end $$`;

async function renameHospitalColumns(db: Kysely<any>, from: string, to: string): Promise<void> {
  for (const table of ['demand_report', 'agreed_volume']) {
    await sql.raw(`alter table ${table} rename column ${from}_id to ${to}_id`).execute(db);
    await sql
      .raw(`alter table ${table} rename constraint ${table}_${from}_id_fkey to ${table}_${to}_id_fkey`)
      .execute(db);
  }
  await sql.raw(`alter index demand_report_round_${from} rename to demand_report_round_${to}`).execute(db);
  await sql.raw(`alter index agreed_volume_${from} rename to agreed_volume_${to}`).execute(db);
  await sql.raw(partiesCheck(`${to}_id`)).execute(db);
}

async function renameRole(db: Kysely<any>, from: string, to: string, allowed: string): Promise<void> {
  await sql`alter table app_user drop constraint app_user_roles_check`.execute(db);
  await sql`update app_user set roles = array_replace(roles, ${from}, ${to}) where ${from} = any(roles)`.execute(
    db,
  );
  await sql
    .raw(
      `alter table app_user add constraint app_user_roles_check
      check (cardinality(roles) > 0 and roles <@ array[${allowed}]::text[])`,
    )
    .execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await renameHospitalColumns(db, 'institution', 'hospital');
  await renameRole(db, 'region-reviewer', 'region-bureau-user', ROLES_NOW);
}

export async function down(db: Kysely<any>): Promise<void> {
  await renameRole(db, 'region-bureau-user', 'region-reviewer', ROLES_BEFORE);
  await renameHospitalColumns(db, 'hospital', 'institution');
}
