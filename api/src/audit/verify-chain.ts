import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';
import { readAllDigests } from './audit-digest.repository.js';
import { readEventsPage, type EventRow } from './audit-seal.repository.js';
import { digestHash } from './seal-hash.js';
import { foldSeals, type BrokenLink, type SealFold, type SealedStream } from './verify-seals.js';

export type { BrokenLink } from './verify-seals.js';

export interface ChainCounts {
  readonly events: number;
  readonly streams: number;
  readonly seals: number;
  readonly digests: number;
}

export type ChainReport =
  ({ readonly ok: true } & ChainCounts) | ({ readonly ok: false; readonly broken: BrokenLink } & ChainCounts);

/**
 * Recomputes the audit chain and names its first broken link. The seals are walked first (they say
 * what each stream must contain), then every stream in (stream, seq) order — seq continuous from 1,
 * prev_hash linking to the event before, hash recomputed from the content, sealed heads matching —
 * then the published digests (read before the seals). Streams are independent chains: reading takes no lock, so appends
 * (a bid burst across many streams) go on while it runs. Counts are of what was read up to a break.
 */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 5000): Promise<ChainReport> {
  // digests first: every seal a digest names was taken before the seals are read, so a digest naming
  // a seal the walk does not find means a seal was removed, never that the sealer raced us
  const digests = await readAllDigests(db);
  const seals = await foldSeals(db);
  const counts = { events: 0, streams: 0, seals: seals.count, digests: 0 };
  if (seals.broken) return { ok: false, broken: seals.broken, ...counts };

  let current = null as {
    stream: string;
    seq: bigint;
    hash: string;
    sealed: SealedStream | undefined;
  } | null;
  const seen = new Set<string>();
  const endStream = (): BrokenLink | null => {
    if (!current?.sealed || current.sealed.maxSeq <= current.seq) return null;
    const missing = String(current.seq + 1n);
    const reason = `missing: sealed up to seq ${current.sealed.maxSeq} by seal ${current.sealed.maxSealId}, the stream ends at ${current.seq}`;
    return { stream: current.stream, seq: missing, reason };
  };
  let after: { stream: string; seq: string } | null = null;
  for (;;) {
    const page = await readEventsPage(db, after, pageSize);
    for (const row of page) {
      if (row.stream !== current?.stream) {
        const broken = endStream();
        if (broken) return { ok: false, broken, ...counts };
        current = { stream: row.stream, seq: 0n, hash: GENESIS_HASH, sealed: seals.streams.get(row.stream) };
        seen.add(row.stream);
        counts.streams++;
      }
      counts.events++;
      const reason = checkLink(row, current);
      if (reason) {
        const seq = reason.startsWith('missing') ? String(current.seq + 1n) : row.seq;
        return { ok: false, broken: { stream: row.stream, seq, reason }, ...counts };
      }
      current.seq = BigInt(row.seq);
      current.hash = row.hash;
    }
    const last = page[page.length - 1];
    if (!last) break;
    after = { stream: last.stream, seq: last.seq };
    if (page.length < pageSize) break;
  }
  const tail = endStream();
  if (tail) return { ok: false, broken: tail, ...counts };
  for (const [stream, sealed] of seals.streams) {
    if (!seen.has(stream)) {
      const reason = `missing: the whole stream, sealed up to seq ${sealed.maxSeq} by seal ${sealed.maxSealId}`;
      return { ok: false, broken: { stream, seq: '1', reason }, ...counts };
    }
  }
  const digestBreak = verifyDigests(digests, seals, counts);
  return digestBreak ? { ok: false, broken: digestBreak, ...counts } : { ok: true, ...counts };
}

/** Why one event does not continue its stream, or null. */
function checkLink(row: EventRow, before: { seq: bigint; hash: string; sealed: SealedStream | undefined }) {
  const expected = before.seq + 1n;
  if (BigInt(row.seq) !== expected) {
    return `missing: the stream jumps from seq ${before.seq} to ${row.seq}`;
  }
  if (row.prev_hash !== before.hash) {
    return expected === 1n
      ? 'prev_hash of the first event is not the genesis hash'
      : `prev_hash does not link to seq ${before.seq}`;
  }
  const recomputed = chainHash(row.prev_hash, {
    stream: row.stream,
    seq: row.seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    action: row.action,
    subject: row.subject,
    payload: row.payload,
  });
  if (recomputed !== row.hash) return 'hash does not match the event’s content (altered)';
  const sealed = before.sealed?.bySeq.get(row.seq);
  if (sealed && sealed.hash !== row.hash) return `hash differs from seal ${sealed.sealId} (chain rewritten)`;
  return null;
}

type DigestRow = Awaited<ReturnType<typeof readAllDigests>>[number];

function verifyDigests(digests: readonly DigestRow[], seals: SealFold, counts: { digests: number }) {
  for (const digest of digests) {
    counts.digests++;
    const broken = (reason: string): BrokenLink => ({ stream: 'audit_digest', seq: digest.day, reason });
    const seal = seals.byId.get(digest.seal_id);
    if (!seal) return broken(`names seal ${digest.seal_id}, which is not in the chain`);
    if (seal.streamCount !== digest.stream_count || seal.eventCount !== digest.event_count) {
      return broken(`counts differ from seal ${digest.seal_id}`);
    }
    const fields = {
      day: digest.day,
      sealId: digest.seal_id,
      sealHash: seal.hash,
      streamCount: digest.stream_count,
      eventCount: digest.event_count,
    };
    if (digestHash(fields) !== digest.digest_hash) return broken('digest_hash does not match its seal');
  }
  return null;
}
