import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';
import type { AuditAction, AuditStream } from './audit-actions.js';

export interface AuditEntry {
  /** one chain per stream (e.g. `round:<id>`, `accounts`): concurrent streams never wait on each other */
  readonly stream: AuditStream;
  readonly actorUserId: string | null;
  readonly action: AuditAction;
  readonly subject: string;
  readonly payload: unknown;
}

/**
 * Appends to the stream's hash chain inside the caller's transaction, so the audit row and the state
 * change commit or roll back together. One round trip: jicai_append_audit (migration 1600) takes the
 * stream's transaction-scoped advisory lock, reads the last link and computes the new one in SQL with
 * jicai_chain_hash (migration 1800), the encoding of chainHash, which `audit verify` recomputes.
 */
export async function appendAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  const payload = JSON.stringify(entry.payload ?? null);
  // PostgreSQL spells 1e21 and 1e-7 without an exponent: such a number would hash differently when
  // verified, so audit payloads carry them as strings (money is a decimal string anyway)
  if (/[0-9]e[-+]?[0-9]/i.test(payload) && hasExponentNumber(JSON.parse(payload)))
    throw new Error(`audit payload of ${entry.action} holds a number in exponent notation`);
  await sql`select jicai_append_audit(${entry.stream}, ${entry.actorUserId}::uuid, ${entry.action},
    ${entry.subject}, ${payload}::jsonb)`.execute(trx);
}

/**
 * Takes the stream's append lock now (appendAudit takes it again, at no cost): for writers that
 * must lock the stream before the rows they change, in the order every writer of that stream uses.
 */
export async function lockAuditStream(trx: Transaction<Database>, stream: AuditStream): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${stream}, ${sql.lit(ADVISORY_LOCK.auditStream)}))`.execute(
    trx,
  );
}

function hasExponentNumber(value: unknown): boolean {
  if (typeof value === 'number') return /e/i.test(String(value));
  if (Array.isArray(value)) return value.some(hasExponentNumber);
  if (value && typeof value === 'object') return Object.values(value).some(hasExponentNumber);
  return false;
}
