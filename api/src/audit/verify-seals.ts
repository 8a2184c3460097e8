import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { GENESIS_HASH } from './audit-hash.js';
import { readSealsPage } from './audit-seal.repository.js';
import { sealHash } from './seal-hash.js';

/** Where the chain first breaks: a stream and seq, or `audit_seal` and a seal id, or `audit_digest` and a day. */
export interface BrokenLink {
  readonly stream: string;
  readonly seq: string;
  readonly reason: string;
}

export interface SealedHead {
  readonly hash: string;
  readonly sealId: string;
}

/** Per stream, what the seals fixed: each sealed seq's hash, and the highest sealed seq. */
export interface SealedStream {
  readonly bySeq: Map<string, SealedHead>;
  maxSeq: bigint;
  maxSealId: string;
}

export interface SealFold {
  readonly broken: BrokenLink | null;
  readonly count: number;
  readonly streams: Map<string, SealedStream>;
  readonly byId: Map<string, { hash: string; streamCount: number; eventCount: string }>;
}

const sealBreak = (id: string, reason: string): BrokenLink => ({ stream: 'audit_seal', seq: id, reason });

/**
 * Walks the seals oldest first: each links to the one before, its hash recomputes, its heads only
 * move forward, and its counts match the fold of every seal so far.
 */
export async function foldSeals(db: Kysely<Database>, pageSize = 1000): Promise<SealFold> {
  const streams = new Map<string, SealedStream>();
  const byId: SealFold['byId'] = new Map();
  let prevHash = GENESIS_HASH;
  let prevId = '0';
  let eventCount = 0n;
  let count = 0;
  const done = (broken: BrokenLink | null): SealFold => ({ broken, count, streams, byId });
  for (;;) {
    const page = await readSealsPage(db, prevId, pageSize);
    for (const seal of page) {
      count++;
      if (seal.prev_seal_hash !== prevHash) {
        return done(sealBreak(seal.id, `prev_seal_hash does not link to seal ${prevId}`));
      }
      const fields = {
        sealedAt: seal.sealed_at,
        throughEventId: seal.through_event_id,
        streamHeads: seal.stream_heads,
        streamCount: seal.stream_count,
        eventCount: seal.event_count,
      };
      if (sealHash(seal.prev_seal_hash, fields) !== seal.seal_hash) {
        return done(sealBreak(seal.id, 'seal_hash does not match the seal’s content'));
      }
      for (const [stream, head] of Object.entries(seal.stream_heads)) {
        const known = streams.get(stream);
        const seq = BigInt(head.seq);
        if (known && seq <= known.maxSeq) {
          return done(
            sealBreak(seal.id, `stream ${stream} head ${head.seq} is not after sealed ${known.maxSeq}`),
          );
        }
        eventCount += seq - (known?.maxSeq ?? 0n);
        const entry = known ?? { bySeq: new Map(), maxSeq: 0n, maxSealId: seal.id };
        entry.bySeq.set(head.seq, { hash: head.hash, sealId: seal.id });
        entry.maxSeq = seq;
        entry.maxSealId = seal.id;
        streams.set(stream, entry);
      }
      if (seal.stream_count !== streams.size || seal.event_count !== String(eventCount)) {
        return done(sealBreak(seal.id, 'stream or event count does not match the seals before it'));
      }
      byId.set(seal.id, {
        hash: seal.seal_hash,
        streamCount: seal.stream_count,
        eventCount: seal.event_count,
      });
      prevHash = seal.seal_hash;
      prevId = seal.id;
    }
    if (page.length < pageSize) return done(null);
  }
}
