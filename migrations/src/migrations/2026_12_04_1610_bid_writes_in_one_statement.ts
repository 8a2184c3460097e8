import { sql, type Kysely } from 'kysely';

// Sealed bids in one round trip. Under a burst every statement costs the platform a network round
// trip and the database a wake-up and a commit, so the whole write of a bid — credential re-check,
// deadline on the database clock, idempotency, counter, bid row, receipt keys and the audit link —
// is one statement (jicai_submit_bids), for one bid or for the batch of bids that arrived while
// earlier batches were writing, in one autocommit transaction.
//
// The round gate: a bid holds a shared advisory lock on its round for its transaction; every round
// decision (lockRoundForUpdate) takes it exclusively first. Closing bidding therefore waits for the
// bids in flight, and a bid arriving after it sees the new state — without the row share lock that
// made 200 concurrent bids rewrite the round row's lockers.
// Imports nothing of ours: migrations outlive the code.

// PostgreSQL's regex engine spends ~6 µs on '^[0-9a-f]{64}$' and ~15 µs on a {8,128} bound per
// row (a NULL passes either way); the same rules as a length test and a negated class cost
// ~1-2 µs. Four such checks ran per bid.
const HOT_CHECKS: readonly [table: string, column: string, fast: string, slow: string][] = [
  ['bid', 'commitment', HEX64('commitment'), `commitment ~ '^[0-9a-f]{64}$'`],
  ['bid_idempotency', 'commitment', HEX64('commitment'), `commitment ~ '^[0-9a-f]{64}$'`],
  ['bid_idempotency', 'request_hash', HEX64('request_hash'), `request_hash ~ '^[0-9a-f]{64}$'`],
  [
    'bid_idempotency',
    'key',
    `length(key) between 8 and 128 and key !~ '[^A-Za-z0-9._:-]'`,
    `key ~ '^[A-Za-z0-9._:-]{8,128}$'`,
  ],
];

function HEX64(column: string) {
  return `length(${column}) = 64 and ${column} !~ '[^0-9a-f]'`;
}

async function replaceChecks(db: Kysely<any>, which: 'fast' | 'slow') {
  for (const [table, column, fast, slow] of HOT_CHECKS) {
    const name = `${table}_${column}_check`;
    await sql
      .raw(
        `alter table ${table} drop constraint ${name}, add constraint ${name} check (${which === 'fast' ? fast : slow})`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await replaceChecks(db, 'fast');
  // A batch of bids in one transaction and one statement (the API groups the bids that arrive while
  // earlier batches are writing, as PostgreSQL groups commits; at most one bid per company stream in a
  // batch, so each audit link hangs off its stream's head). Lock order, shared with every other writer
  // of bids: round gates, then audit streams (sorted), then rows. Any error rolls the whole batch back;
  // the API then writes its bids one by one (batches of one).
  // outcome per bid: 'credential' (the caller's credential, user, company or role no longer holds),
  // 'keyed' (the Idempotency-Key was used: the caller answers from the stored receipt),
  // 'refused' (the context columns say why) or 'written'.
  await sql`
    create function jicai_submit_bids(p_bids jsonb)
    returns table (ord integer, outcome text, round_state text, is_published boolean,
      is_before_deadline boolean, db_now text, key_id text, product uuid, is_registered boolean,
      is_dual boolean, bid_revision integer, bid_sequence bigint)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      v_now timestamptz := jicai_now();
      v_at text := to_char(v_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    begin
      perform pg_advisory_xact_lock_shared(hashtextextended(g.round::text, 11))
        from (select distinct (e ->> 'round')::uuid as round from jsonb_array_elements(p_bids) e order by 1) g;
      perform pg_advisory_xact_lock(hashtextextended(g.stream, 7))
        from (select distinct e ->> 'stream' as stream from jsonb_array_elements(p_bids) e order by 1) g;
      -- a new statement, a new snapshot: the stream heads read below are those the locks now guard
      return query
      with input as (
        select (e.ordinality - 1)::integer as i, x.*
        from jsonb_array_elements(p_bids) with ordinality e,
          jsonb_to_record(e.value) as x(round uuid, "productCode" text, company uuid, "user" uuid,
            "credentialKind" text, "credentialHash" text, "specCode" text, key text, "requestHash" text,
            "roundKeyId" text, "productId" uuid, commitment text, envelope text, technical text,
            "saltSealed" text, stream text, subject text)
      ),
      checked as materialized (
        select i.*, r.id is not null as found, r.state as state, r.published_at is not null as published,
          coalesce(v_now < r.bidding_closes_at, false) as before_deadline,
          coalesce((r.ruleset_frozen ->> 'dualEnvelope')::boolean, false) as dual,
          k.round_key_id as rk, p.id as pid,
          exists (select 1 from company_product cp join spec s on s.id = cp.spec_id
            where cp.product_id = p.id and cp.company_id = i.company and s.code = coalesce(i."specCode", '')) as registered,
          exists (select 1 from app_user u
            where u.id = i."user" and not u.disabled and u.organisation_id = i.company
              and 'company-user' = any(u.roles)
              and case i."credentialKind"
                when 'session' then exists (select 1 from session ss
                  where ss.token_hash = i."credentialHash" and ss.user_id = u.id and ss.expires_at > v_now)
                when 'api-token' then exists (select 1 from api_token t
                  where t.token_hash = i."credentialHash" and t.user_id = u.id and t.revoked_at is null
                    and (t.expires_at is null or t.expires_at > v_now))
                else false end) as credential_ok,
          kx.keyed is not null as keyed
        from input i
          left join round r on r.id = i.round
          left join round_key k on k.round_id = r.id
          left join product p on p.round_id = i.round and p.code = i."productCode"
          -- a probe per bid through the key's index, whatever the statistics say about the table's size
          left join lateral (select true as keyed from bid_idempotency x
                             where x.company_id = i.company and x.key = i.key limit 1) kx on true
      ),
      decided as (
        select c.*, case
          when not c.credential_ok then 'credential'
          when c.found and c.keyed then 'keyed'
          when c.found and c.published and c.state = 'bidding-open' and c.before_deadline
            and c.rk is not null and c.rk = c."roundKeyId" and c.pid is not null and c.pid = c."productId"
            and c.registered and c.dual = (c.technical is not null)
            and c.envelope is not null and c.commitment is not null and c."saltSealed" is not null
            then 'write'
          else 'refused' end as verdict
        from checked c
      ),
      counters as (
        insert into bid_counter as n (round_id, company_id, last_sequence)
        select d.round, d.company, 1 from decided d where d.verdict = 'write'
        on conflict (round_id, company_id) do update set last_sequence = n.last_sequence + 1
        returning n.round_id, n.company_id, n.last_sequence
      ),
      written as (
        insert into bid as b (round_id, product_id, company_id, commitment, envelope, technical_envelope,
                              salt_sealed, revision, sequence, received_at, withdrawn)
        select d.round, d.pid, d.company, d.commitment, d.envelope::jsonb, d.technical::jsonb, d."saltSealed", 1,
          n.last_sequence, v_now, false
        from decided d join counters n on n.round_id = d.round and n.company_id = d.company
        where d.verdict = 'write'
        on conflict on constraint bid_round_company_product do update set
          commitment = excluded.commitment, envelope = excluded.envelope,
          technical_envelope = excluded.technical_envelope, salt_sealed = excluded.salt_sealed,
          revision = b.revision + 1, sequence = excluded.sequence, received_at = excluded.received_at,
          withdrawn = false
        returning b.round_id, b.company_id, b.product_id, b.revision, b.sequence
      ),
      linked as (
        select d.i, d.company, d.key, d."requestHash", d.round, d.pid, d.commitment, d."saltSealed",
          d."user", d.stream, d.subject, w.revision, w.sequence,
          coalesce(h.hash, repeat('0', 64)) as prev_hash, coalesce(h.seq, 0) + 1 as seq,
          case when w.revision = 1 then 'bid.submitted' else 'bid.replaced' end as action,
          -- the payload's canonical JSON, keys in order: commitment, revision, roundKeyId, sequence
          '{"commitment":' || to_json(d.commitment)::text || ',"revision":' || w.revision
            || ',"roundKeyId":' || to_json(d.rk)::text || ',"sequence":' || w.sequence || '}' as payload
        from decided d
          join written w on w.round_id = d.round and w.company_id = d.company and w.product_id = d.pid
          left join lateral (select a.seq, a.hash from audit_event a where a.stream = d.stream
                             order by a.seq desc limit 1) h on true
      ),
      keys as (
        insert into bid_idempotency (company_id, key, request_hash, round_id, product_id, kind, commitment,
                                     salt_sealed, revision, sequence, received_at)
        select l.company, l.key, l."requestHash", l.round, l.pid, 'bid', l.commitment, l."saltSealed",
          l.revision, l.sequence, v_now
        from linked l
      ),
      audited as (
        insert into audit_event (stream, seq, at, actor_user_id, action, subject, payload, prev_hash, hash)
        select l.stream, l.seq, v_now, l."user", l.action, l.subject, l.payload::jsonb, l.prev_hash,
          encode(sha256(convert_to(l.prev_hash || E'\n'
            || '{"action":' || to_json(l.action)::text
            || ',"actorUserId":' || coalesce(to_json(l."user"::text)::text, 'null')
            || ',"at":' || to_json(v_at)::text
            || ',"payload":' || l.payload
            || ',"seq":' || to_json(l.seq::text)::text
            || ',"stream":' || to_json(l.stream)::text
            || ',"subject":' || to_json(l.subject)::text || '}', 'UTF8')), 'hex')
        from linked l
      )
      select d.i, case when d.verdict = 'write' then 'written' else d.verdict end, d.state::text,
        d.published, d.before_deadline, v_at, d.rk, d.pid, d.registered, d.dual, l.revision, l.sequence
      from decided d left join linked l on l.i = d.i
      order by d.i;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceChecks(db, 'slow');
  await sql`drop function jicai_submit_bids(jsonb)`.execute(db);
}
