import { sql, type Kysely } from 'kysely';

// Audit links computed in SQL, so a write that appends to the audit chain needs no round trip of
// its own (the bid write of the next migration appends inside its one statement).
// jicai_append_audit uses exactly the encoding of the API's chainHash (SHA-256 of prev_hash, "\n",
// JSON with keys sorted at every level, no whitespace), so `jicai audit verify` recomputes it in
// Node unchanged. Imports nothing of ours: migrations outlive the code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function jicai_canonical_json(j jsonb) returns text language plpgsql immutable as $$
    begin
      case jsonb_typeof(j)
        when 'object' then
          return '{' || coalesce((
            select string_agg(to_json(e.key)::text || ':' || case when jsonb_typeof(e.value) in ('object', 'array')
                                then jicai_canonical_json(e.value) else e.value::text end, ','
                              order by e.key collate "C")
            from jsonb_each(j) e), '') || '}';
        when 'array' then
          return '[' || coalesce((
            select string_agg(case when jsonb_typeof(e.value) in ('object', 'array')
                                then jicai_canonical_json(e.value) else e.value::text end, ',' order by e.ord)
            from jsonb_array_elements(j) with ordinality e(value, ord)), '') || ']';
        else
          return j::text;
      end case;
    end $$`.execute(db);

  await sql`
    create function jicai_append_audit(p_stream text, p_actor uuid, p_action text, p_subject text, p_payload jsonb)
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
        encode(sha256(convert_to(v_prev || E'\n'
          || '{"action":' || to_json(p_action)::text
          || ',"actorUserId":' || coalesce(to_json(p_actor::text)::text, 'null')
          || ',"at":' || to_json(v_at)::text
          || ',"payload":' || jicai_canonical_json(p_payload)
          || ',"seq":' || to_json(v_seq::text)::text
          || ',"stream":' || to_json(p_stream)::text
          || ',"subject":' || to_json(p_subject)::text || '}', 'UTF8')), 'hex'));
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function jicai_append_audit(text, uuid, text, text, jsonb)`.execute(db);
  await sql`drop function jicai_canonical_json(jsonb)`.execute(db);
}
