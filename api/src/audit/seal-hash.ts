import { createHash } from 'node:crypto';
import { canonicalJson } from './audit-hash.js';
import type { StreamHeads } from './audit-seal.table.js';

export interface SealFields {
  readonly sealedAt: string;
  readonly throughEventId: string;
  readonly streamHeads: StreamHeads;
  readonly streamCount: number;
  readonly eventCount: string;
}

/** Seals chain like events: hash = SHA-256(prev_seal_hash ‖ canonical seal). */
export function sealHash(prevSealHash: string, fields: SealFields): string {
  return createHash('sha256').update(prevSealHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

export interface DigestFields {
  /** the Asia/Shanghai day */
  readonly day: string;
  readonly sealId: string;
  readonly sealHash: string;
  readonly streamCount: number;
  readonly eventCount: string;
}

/** What the office publishes each day: anyone holding it can later prove the chain was not rewritten. */
export function digestHash(fields: DigestFields): string {
  // the counts stay out of the public hash: small numbers next to public fields could be brute-forced
  // back, and during bidding they would tell how many bids moved (the seal hash commits to them anyway)
  const { day, sealId, sealHash } = fields;
  return createHash('sha256')
    .update('jicai-audit-digest\n')
    .update(canonicalJson({ day, sealId, sealHash }))
    .digest('hex');
}
