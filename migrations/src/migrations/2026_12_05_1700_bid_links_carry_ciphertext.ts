import { sql, type Kysely } from 'kysely';

// What verification cross-checks against the chain (issue 8 §3).
// - Each new bid's audit link also carries the SHA-256 of its ciphertexts (the price envelope and,
//   in dual-envelope rounds, the technical one), hashed over the stored jsonb's text: `audit verify`
//   recomputes the hash from the bid row, so a rewritten ciphertext no longer goes unnoticed.
// - The opening keeps each opened bid's salt (revealed once the bids are open, as in any commit-and-
//   reveal scheme), so verification re-derives the commitment from the opened spec, price and salt
//   and compares it with the one the bid's audit link fixed at submission: a price set after
//   opening is named. No constraint requires it: verification names an opened bid without one.
// Imports nothing of ours: migrations outlive the code.

/** The payload of a bid's audit link, canonical JSON (keys in order), as the statement builds it. */
const LINK_WITH_CIPHERTEXT = `'{"commitment":' || to_json(d.commitment)::text
            || ',"envelopeHash":' || to_json(encode(sha256(convert_to(d.envelope::jsonb::text, 'UTF8')), 'hex'))::text
            || ',"revision":' || w.revision
            || ',"roundKeyId":' || to_json(d.rk)::text || ',"sequence":' || w.sequence
            || coalesce(',"technicalHash":'
                 || to_json(encode(sha256(convert_to(d.technical::jsonb::text, 'UTF8')), 'hex'))::text, '')
            || '}'`;

/** As migrations 1610 and 0900 wrote it. */
const LINK_WITHOUT_CIPHERTEXT = `'{"commitment":' || to_json(d.commitment)::text || ',"revision":' || w.revision
            || ',"roundKeyId":' || to_json(d.rk)::text || ',"sequence":' || w.sequence || '}'`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(submitBids(LINK_WITH_CIPHERTEXT)).execute(db);
  await sql`alter table opened_bid add column salt text check (length(salt) = 64 and salt !~ '[^0-9a-f]')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table opened_bid drop column salt`.execute(db);
  await sql.raw(submitBids(LINK_WITHOUT_CIPHERTEXT)).execute(db);
}

/** jicai_submit_bids as migration 0900 (round clocks) wrote it, its audit link's payload given. */
function submitBids(payload: string): string {
  return `
    create or replace function jicai_submit_bids(p_bids jsonb)
    returns table (ord integer, outcome text, round_state text, is_published boolean,
      is_before_deadline boolean, db_now text, key_id text, product uuid, is_registered boolean,
      is_dual boolean, bid_revision integer, bid_sequence bigint)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      v_now timestamptz := jicai_now();
      v_real timestamptz := clock_timestamp();
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
          coalesce(rn.round_now < r.bidding_closes_at, false) as before_deadline, rn.round_now,
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
          left join round_clock rc on rc.round_id = r.id
          cross join lateral (select coalesce(rc.anchor_virtual + (v_real - rc.anchor_real) * rc.speed::float8, v_now)
                              as round_now) rn
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
          n.last_sequence, d.round_now, false
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
          d."user", d.stream, d.subject, d.round_now, w.revision, w.sequence,
          coalesce(h.hash, repeat('0', 64)) as prev_hash, coalesce(h.seq, 0) + 1 as seq,
          case when w.revision = 1 then 'bid.submitted' else 'bid.replaced' end as action,
          ${payload} as payload
        from decided d
          join written w on w.round_id = d.round and w.company_id = d.company and w.product_id = d.pid
          left join lateral (select a.seq, a.hash from audit_event a where a.stream = d.stream
                             order by a.seq desc limit 1) h on true
      ),
      keys as (
        insert into bid_idempotency (company_id, key, request_hash, round_id, product_id, kind, commitment,
                                     salt_sealed, revision, sequence, received_at)
        select l.company, l.key, l."requestHash", l.round, l.pid, 'bid', l.commitment, l."saltSealed",
          l.revision, l.sequence, l.round_now
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
        d.published, d.before_deadline, to_char(d.round_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), d.rk, d.pid, d.registered, d.dual, l.revision, l.sequence
      from decided d left join linked l on l.i = d.i
      order by d.i;
    end $$`;
}
