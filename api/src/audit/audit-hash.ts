import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  readonly stream: string;
  readonly seq: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly subject: string;
  readonly payload: unknown;
}

/** JSON with object keys sorted at every level: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // every bid is hashed, sealed and signed through here several times: one pass, no entry arrays
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(); // UTF-16 code unit order, as `a < b`
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * Each link commits to the previous one: hash = SHA-256(prev_hash ‖ canonical event). Its one SQL
 * spelling is jicai_chain_hash (migration 1800), checked against this by audit-hash-sql.test.ts.
 */
export function chainHash(prevHash: string, fields: AuditFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
