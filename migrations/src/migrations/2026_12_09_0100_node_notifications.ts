import { sql, type Kysely } from 'kysely';

// What each platform process remembers (actors per credential, a round's sealing context) and what
// its live pages follow (region selection, public notices) is told of every change by PostgreSQL
// itself (issue 14 §1): triggers send a NOTIFY on commit, whichever node, job or script wrote the
// row, and each process's node bus (api/src/node-bus/) LISTENs. Payloads are ids only, never a
// secret or a hash of one (a pg_notify payload is visible to every listener of the database).
// Identical payloads of one transaction are delivered once. Imports nothing of ours.

/** channel → what a listener forgets or re-reads; the api's node-bus/channels.ts names the same */
const CREDENTIAL = 'jicai_credential';
const ROUND_SEALING = 'jicai_round_sealing';
const REGION_SELECTION = 'jicai_region_selection';
const NOTICE = 'jicai_notice';

/** One trigger function per (channel, payload expression over NEW or OLD). */
const FUNCTIONS: readonly [name: string, body: string][] = [
  // credentials: everything remembered of the user (or of every user of the organisation) goes
  ['jicai_notify_user_of_new', `perform pg_notify('${CREDENTIAL}', 'user:' || new.user_id); return null;`],
  ['jicai_notify_user_of_old', `perform pg_notify('${CREDENTIAL}', 'user:' || old.user_id); return null;`],
  ['jicai_notify_app_user', `perform pg_notify('${CREDENTIAL}', 'user:' || old.id); return null;`],
  ['jicai_notify_organisation', `perform pg_notify('${CREDENTIAL}', 'org:' || old.id); return null;`],
  // a round's sealing context: its key, publication, frozen ruleset, catalogue
  [
    'jicai_notify_round_sealing',
    `perform pg_notify('${ROUND_SEALING}', coalesce(new.round_id, old.round_id)::text); return null;`,
  ],
  [
    'jicai_notify_round_sealing_of_round',
    `perform pg_notify('${ROUND_SEALING}', new.id::text); return null;`,
  ],
  [
    'jicai_notify_round_sealing_of_spec',
    `perform pg_notify('${ROUND_SEALING}', p.round_id::text)
       from product p where p.id = coalesce(new.product_id, old.product_id);
     return null;`,
  ],
  // the region-selection room's state (what readRegionSelectionVersion reads)
  [
    'jicai_notify_region_selection',
    `perform pg_notify('${REGION_SELECTION}', coalesce(new.round_id, old.round_id)::text); return null;`,
  ],
  [
    'jicai_notify_region_selection_of_round',
    `perform pg_notify('${REGION_SELECTION}', new.id::text); return null;`,
  ],
  // a public notice published
  ['jicai_notify_notice', `perform pg_notify('${NOTICE}', new.id::text); return null;`],
];

/** [trigger, table, events, function, when]: after-row triggers, WHEN-guarded so busy columns cost nothing */
const TRIGGERS: readonly [name: string, table: string, events: string, fn: string, when?: string][] = [
  // revoked or expired early, deleted with its user; a live token's other columns never change
  [
    'api_token_notify_update',
    'api_token',
    'update',
    'jicai_notify_user_of_new',
    'old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at',
  ],
  ['api_token_notify_delete', 'api_token', 'delete', 'jicai_notify_user_of_old'],
  // logout, password change, user disabled; last_seen_at moves once a minute per session and is not news
  [
    'session_notify_update',
    'session',
    'update',
    'jicai_notify_user_of_new',
    'old.expires_at is distinct from new.expires_at',
  ],
  ['session_notify_delete', 'session', 'delete', 'jicai_notify_user_of_old'],
  // what an actor is made of (auth.repository's actorColumns) and whether the user may act at all
  [
    'app_user_notify_update',
    'app_user',
    'update',
    'jicai_notify_app_user',
    `old.disabled is distinct from new.disabled or old.roles is distinct from new.roles
      or old.organisation_id is distinct from new.organisation_id or old.login is distinct from new.login`,
  ],
  ['app_user_notify_delete', 'app_user', 'delete', 'jicai_notify_app_user'],
  [
    'organisation_notify_update',
    'organisation',
    'update',
    'jicai_notify_organisation',
    'old.kind is distinct from new.kind or old.region_code is distinct from new.region_code',
  ],
  ['round_key_notify', 'round_key', 'insert or update or delete', 'jicai_notify_round_sealing'],
  [
    'round_notify_sealing',
    'round',
    'update',
    'jicai_notify_round_sealing_of_round',
    'old.published_at is distinct from new.published_at or old.ruleset_frozen is distinct from new.ruleset_frozen',
  ],
  ['product_notify_sealing', 'product', 'insert or update or delete', 'jicai_notify_round_sealing'],
  ['spec_notify_sealing', 'spec', 'insert or update or delete', 'jicai_notify_round_sealing_of_spec'],
  [
    'round_notify_region_selection',
    'round',
    'update',
    'jicai_notify_region_selection_of_round',
    'old.state is distinct from new.state',
  ],
  [
    'round_award_notify_region_selection',
    'round_award',
    'update',
    'jicai_notify_region_selection',
    'old.region_selection_started_at is distinct from new.region_selection_started_at',
  ],
  ['region_pick_notify', 'region_pick', 'insert or update or delete', 'jicai_notify_region_selection'],
  ['round_clock_notify', 'round_clock', 'insert or update or delete', 'jicai_notify_region_selection'],
  ['public_notice_notify', 'public_notice', 'insert', 'jicai_notify_notice'],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, body] of FUNCTIONS) {
    await sql
      .raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} end $$`)
      .execute(db);
  }
  for (const [name, table, events, fn, when] of TRIGGERS) {
    const guard = when ? `when (${when})` : '';
    await sql
      .raw(
        `create trigger ${name} after ${events} on ${table} for each row ${guard} execute function ${fn}()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, table] of TRIGGERS) await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
  for (const [name] of FUNCTIONS) await sql.raw(`drop function ${name}()`).execute(db);
}
