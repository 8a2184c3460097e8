import { sql, type Kysely } from 'kysely';

// A round now lives past its bid deadline: opening, revival, objections, award, region selection.
const BEFORE = sql`('draft', 'published', 'demand-open', 'demand-closed', 'demand-locked', 'bidding-open', 'bidding-closed', 'cancelled')`;
const AFTER = sql`('draft', 'published', 'demand-open', 'demand-closed', 'demand-locked', 'bidding-open', 'bidding-closed',
  'technical-opened', 'revival-window', 'evaluated', 'objection-period', 'awarded', 'region-selection', 'volumes-agreed', 'cancelled')`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table round drop constraint round_state_known`.execute(db);
  await sql`alter table round add constraint round_state_known check (state in ${AFTER})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table round drop constraint round_state_known`.execute(db);
  await sql`alter table round add constraint round_state_known check (state in ${BEFORE})`.execute(db);
}
