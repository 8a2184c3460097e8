import { sql, type Kysely } from 'kysely';

// Surplus retention (结余留用, issue 12 §6): the assessment grade (考核等级) the region bureau, or the
// office, gives each institution for a round's cycle; the retained share follows from it (docs/rules.md
// §12.3). One row per round × hospital, replaced when regraded (the audit chain keeps every grade given).
// Imports nothing of ours: migrations outlive the code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table surplus_grade (
     round_id uuid not null references round(id),
     hospital_id uuid not null references organisation(id),
     grade text not null check (grade in ('A', 'B', 'C', 'D')),
     graded_at timestamptz not null default jicai_now(),
     graded_by uuid not null references app_user(id),
     primary key (round_id, hospital_id))`.execute(db);
  // one renewal round per expiring round: a second one is refused, even by two offices racing
  await sql`create unique index round_renewed_from on round (renewed_from) where renewed_from is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index round_renewed_from`.execute(db);
  await sql`drop table surplus_grade`.execute(db);
}
