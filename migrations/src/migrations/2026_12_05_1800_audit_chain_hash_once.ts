import { sql, type Kysely } from 'kysely';

// The audit-chain encoding in one SQL function (issue 13 §3). Until now it was spelled twice in SQL,
// in jicai_append_audit (migration 1600) and inline in jicai_submit_bids's CTE (migration 1700), beside
// the API's chainHash: SHA-256 (hex) of prev_hash, "\n", and the event as JSON with keys sorted, no
// whitespace. Both SQL writers now call jicai_chain_hash; the API's tests check it against chainHash.
// It is `language sql` and `stable parallel safe` so the planner inlines it into the calling query:
// not `immutable`, because to_json and convert_to are stable, and an immutable function over stable
// ones is never inlined (it would cost a function call per bid on the benchmarked bid path).
// Imports nothing of ours: migrations outlive the code.

/** The hash of an audit link; `payload` is the event's payload already as canonical JSON text. */
const CHAIN_HASH = `
  create function jicai_chain_hash(prev_hash text, action text, actor uuid, at text, payload text,
    seq bigint, stream text, subject text)
  returns text language sql stable parallel safe as $$
    select encode(sha256(convert_to(prev_hash || E'\\n'
      || '{"action":' || to_json(action)::text
      || ',"actorUserId":' || coalesce(to_json(actor::text)::text, 'null')
      || ',"at":' || to_json(at)::text
      || ',"payload":' || payload
      || ',"seq":' || to_json(seq::text)::text
      || ',"stream":' || to_json(stream)::text
      || ',"subject":' || to_json(subject)::text || '}', 'UTF8')), 'hex')
  $$`;

/** jicai_append_audit as migration 1600 wrote it, the link's hash given. */
function appendAudit(linkHash: string): string {
  return `
    create or replace function jicai_append_audit(p_stream text, p_actor uuid, p_action text, p_subject text, p_payload jsonb)
    returns void language plpgsql as $$
    declare
      v_seq bigint;
      v_prev text;
      v_at text;
    begin
      -- writers of one stream queue here; the next statement's snapshot sees the previous writer's link
      perform pg_advisory_xact_lock(hashtextextended(p_stream, 7));
      select e.seq, e.hash into v_seq, v_prev
        from audit_event e where e.stream = p_stream order by e.seq desc limit 1;
      v_seq := coalesce(v_seq, 0) + 1;
      v_prev := coalesce(v_prev, repeat('0', 64));
      v_at := to_char(jicai_now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
      insert into audit_event (stream, seq, at, actor_user_id, action, subject, payload, prev_hash, hash)
      values (p_stream, v_seq, v_at::timestamptz, p_actor, p_action, p_subject, p_payload, v_prev,
        ${linkHash});
    end $$`;
}

const APPEND_HASH = `jicai_chain_hash(v_prev, p_action, p_actor, v_at, jicai_canonical_json(p_payload), v_seq, p_stream, p_subject)`;
const SUBMIT_HASH = `jicai_chain_hash(l.prev_hash, l.action, l."user", v_at, l.payload, l.seq, l.stream, l.subject)`;

/** As migrations 1600 and 1700 spelled the hash inline. */
const APPEND_HASH_INLINE = `encode(sha256(convert_to(v_prev || E'\\n'
          || '{"action":' || to_json(p_action)::text
          || ',"actorUserId":' || coalesce(to_json(p_actor::text)::text, 'null')
          || ',"at":' || to_json(v_at)::text
          || ',"payload":' || jicai_canonical_json(p_payload)
          || ',"seq":' || to_json(v_seq::text)::text
          || ',"stream":' || to_json(p_stream)::text
          || ',"subject":' || to_json(p_subject)::text || '}', 'UTF8')), 'hex')`;
const SUBMIT_HASH_INLINE = `encode(sha256(convert_to(l.prev_hash || E'\\n'
            || '{"action":' || to_json(l.action)::text
            || ',"actorUserId":' || coalesce(to_json(l."user"::text)::text, 'null')
            || ',"at":' || to_json(v_at)::text
            || ',"payload":' || l.payload
            || ',"seq":' || to_json(l.seq::text)::text
            || ',"stream":' || to_json(l.stream)::text
            || ',"subject":' || to_json(l.subject)::text || '}', 'UTF8')), 'hex')`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(CHAIN_HASH).execute(db);
  await sql.raw(appendAudit(APPEND_HASH)).execute(db);
  await sql.raw(submitBids(SUBMIT_HASH)).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(submitBids(SUBMIT_HASH_INLINE)).execute(db);
  await sql.raw(appendAudit(APPEND_HASH_INLINE)).execute(db);
  await sql`drop function jicai_chain_hash(text, text, uuid, text, text, bigint, text, text)`.execute(db);
}

/** The payload of a bid's audit link, canonical JSON (keys in order), as the statement builds it. */
const LINK_WITH_CIPHERTEXT = `'{"commitment":' || to_json(d.commitment)::text
            || ',"envelopeHash":' || to_json(encode(sha256(convert_to(d.envelope::jsonb::text, 'UTF8')), 'hex'))::text
            || ',"revision":' || w.revision
            || ',"roundKeyId":' || to_json(d.rk)::text || ',"sequence":' || w.sequence
            || coalesce(',"technicalHash":'
                 || to_json(encode(sha256(convert_to(d.technical::jsonb::text, 'UTF8')), 'hex'))::text, '')
            || '}'`;

/** jicai_submit_bids as migration 1700 wrote it, its audit link's hash given. */
function submitBids(linkHash: string): string {
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
          ${LINK_WITH_CIPHERTEXT} as payload
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
          ${linkHash}
        from linked l
      )
      select d.i, case when d.verdict = 'write' then 'written' else d.verdict end, d.state::text,
        d.published, d.before_deadline, to_char(d.round_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), d.rk, d.pid, d.registered, d.dual, l.revision, l.sequence
      from decided d left join linked l on l.i = d.i
      order by d.i;
    end $$`;
}
