import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';

export interface AuditEntry {
  /** one chain per stream (e.g. `round:<id>`, `accounts`): concurrent streams never wait on each other */
  readonly stream: string;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly subject: string;
  readonly payload: unknown;
}

/**
 * Appends to the stream's hash chain inside the caller's transaction, so the audit row and the state
 * change commit or roll back together. A transaction-scoped advisory lock orders writers of one stream.
 */
export async function appendAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  // the lock first, in its own statement: under READ COMMITTED a statement sees only what was
  // committed when it began, so the read of the last link must start after the lock is held
  await sql`select pg_advisory_xact_lock(hashtextextended(${entry.stream}, 7))`.execute(trx);
  const { rows } = await sql<{ seq: string | null; hash: string | null; at: string }>`
    select last.seq, last.hash, to_char(jicai_now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
    from (select 1) one
    left join (
      select e.seq::text as seq, e.hash from audit_event e where e.stream = ${entry.stream} order by e.seq desc limit 1
    ) last on true`.execute(trx);
  const head = rows[0] as { seq: string | null; hash: string | null; at: string };
  const last = head.seq === null ? undefined : { seq: head.seq, hash: head.hash as string };
  const at = head.at;
  const seq = String(BigInt(last?.seq ?? '0') + 1n);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const payload = JSON.parse(JSON.stringify(entry.payload ?? null)) as unknown;
  const hash = chainHash(prevHash, {
    stream: entry.stream,
    seq,
    at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subject: entry.subject,
    payload,
  });
  await trx
    .insertInto('audit_event')
    .values({
      stream: entry.stream,
      seq,
      at,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject: entry.subject,
      payload: JSON.stringify(payload),
      prev_hash: prevHash,
      hash,
    })
    .execute();
}
