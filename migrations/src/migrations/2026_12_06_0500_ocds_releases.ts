import { sql, type Kysely } from 'kysely';

// Open data (OCDS, issue 11): one row per release, written by a trigger on `round` in the same
// transaction as the state change that makes the release due, so no writer can change a round's
// state without its release and a rolled-back change leaves none.
// - `stage` is the OCDS stage the state reached (tender at publication, bids at the opening, the
//   proposed and final award, contracts once volumes are agreed, cancellation); a round that jumps
//   states gets every stage it passed, in order, once each. A published round whose calendar moves
//   while its state stays (a deadline extension after an outage) gets an `amended` release each time.
// - `txid` (xid8, the writing transaction) orders the change feed by commit: the feed only hands out
//   rows older than every transaction still in flight (pg_snapshot_xmin), so a transaction that
//   committed late can never land behind a cursor already given out. It never leaves the database:
//   transaction ids count every write of the platform, bids included.
// - `round_row` and `evaluation_seq` keep what the release says as it was at that moment: the round
//   (calendar, ruleset) and the evaluation record then latest; later changes never rewrite it.
// Imports nothing of ours: migrations outlive the code.
const STAGES = sql`('tender', 'bids', 'proposed', 'awarded', 'contracts', 'cancelled', 'amended')`;
const CALENDAR = sql.raw(
  `demand_opens_at, demand_closes_at, bidding_opens_at, bidding_closes_at, opening_at`,
);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ocds_release')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('round.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ${STAGES}`))
    .addColumn('txid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('round_row', 'jsonb', (c) => c.notNull())
    .addColumn('evaluation_seq', 'integer')
    .execute();
  // one release per stage, except amendments (one per change of the calendar)
  await sql`create unique index ocds_release_round_stage on ocds_release (round_id, stage)
    where stage <> 'amended'`.execute(db);
  await db.schema.createIndex('ocds_release_feed').on('ocds_release').columns(['txid', 'id']).execute();

  // The stages a state has reached, in order (a cancelled round keeps those it had and adds its
  // cancellation; a draft cancelled before publication was never public and gets none).
  await sql`
    create function ocds_stages_reached(p_state text, p_published boolean) returns text[]
    language sql immutable as $$
      select case
        when not p_published or p_state = 'draft' then array[]::text[]
        when p_state = 'cancelled' then array['tender', 'cancelled']
        when p_state in ('revival-window', 'evaluated') then array['tender', 'bids']
        when p_state = 'objection-period' then array['tender', 'bids', 'proposed']
        when p_state in ('awarded', 'region-selection') then array['tender', 'bids', 'proposed', 'awarded']
        when p_state = 'volumes-agreed' then array['tender', 'bids', 'proposed', 'awarded', 'contracts']
        else array['tender']
      end
    $$`.execute(db);

  await sql`
    create function ocds_record_releases() returns trigger language plpgsql as $$
    begin
      insert into ocds_release (round_id, stage, recorded_at, round_row, evaluation_seq)
      select new.id, s.stage, jicai_round_now(new.id), to_jsonb(new),
             (select max(seq) from evaluation_record where round_id = new.id)
        from unnest(ocds_stages_reached(new.state, new.published_at is not null)) with ordinality as s(stage, n)
       order by s.n
      on conflict (round_id, stage) where stage <> 'amended' do nothing;
      -- a calendar moved with the state unchanged: a deadline extension (an outage's 顺延 moves the
      -- calendar alone; a statement that also changes the state is a transition, released above)
      if tg_op = 'UPDATE' and old.published_at is not null and new.state not in ('draft', 'cancelled')
         and old.state = new.state
         and (old.demand_opens_at, old.demand_closes_at, old.bidding_opens_at, old.bidding_closes_at, old.opening_at)
             is distinct from
             (new.demand_opens_at, new.demand_closes_at, new.bidding_opens_at, new.bidding_closes_at, new.opening_at)
      then
        insert into ocds_release (round_id, stage, recorded_at, round_row, evaluation_seq)
        values (new.id, 'amended', jicai_round_now(new.id), to_jsonb(new), null);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger ocds_record_releases after insert or update of state, published_at, ${CALENDAR}
    on round for each row execute function ocds_record_releases()`.execute(db);

  // rounds published before this migration: their releases as of now
  await sql`
    insert into ocds_release (round_id, stage, recorded_at, round_row, evaluation_seq)
    select r.id, s.stage, jicai_round_now(r.id), to_jsonb(r),
           (select max(seq) from evaluation_record e where e.round_id = r.id)
      from round r
     cross join lateral unnest(ocds_stages_reached(r.state, r.published_at is not null))
           with ordinality as s(stage, n)
     order by r.published_at, r.id, s.n`.execute(db);

  // releases are published facts: never changed, never deleted (except with their round)
  await sql`
    create function ocds_release_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'ocds_release % is published: it cannot change', old.id
        using errcode = 'integrity_constraint_violation';
    end $$`.execute(db);
  await sql`create trigger ocds_release_immutable before update on ocds_release
    for each row execute function ocds_release_immutable()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger ocds_record_releases on round`.execute(db);
  await db.schema.dropTable('ocds_release').execute();
  await sql`drop function ocds_release_immutable()`.execute(db);
  await sql`drop function ocds_record_releases()`.execute(db);
  await sql`drop function ocds_stages_reached(text, boolean)`.execute(db);
}
