import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';
import { GENESIS_HASH } from './audit-hash.js';
import * as repo from './audit-seal.repository.js';
import type { StreamHeads } from './audit-seal.table.js';
import { publishDueDigests } from './daily-digest.js';
import { sealHash } from './seal-hash.js';

export interface SealOutcome {
  /** null when no stream moved since the last seal */
  readonly seal: {
    readonly id: string;
    readonly sealHash: string;
    readonly movedStreams: number;
    readonly streamCount: number;
    readonly eventCount: string;
  } | null;
  /** streams whose head is behind or differs from what was sealed: history was rewritten */
  readonly regressed: readonly string[];
}

/**
 * Seals the audit chain: the heads of the streams that moved since the last seal, chained to it.
 * Appends never wait on this (it reads heads; it takes no lock appendAudit takes), and two sealers
 * queue on an advisory lock of their own. A head that went backwards is not sealed over: it is
 * reported, and verification names it.
 */
export async function sealAudit(db: Db): Promise<SealOutcome> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended('audit_seal', ${sql.lit(ADVISORY_LOCK.auditSeal)}))`.execute(
      trx,
    );
    const heads = await repo.readStreamHeads(trx);
    const sealed = new Map((await repo.readSealedHeads(trx)).map((h) => [h.stream, h]));
    const moved: StreamHeads = {};
    const regressed: string[] = [];
    let throughEventId = 0n;
    for (const head of heads) {
      if (BigInt(head.id) > throughEventId) throughEventId = BigInt(head.id);
      const before = sealed.get(head.stream);
      if (!before || BigInt(head.seq) > BigInt(before.seq)) {
        moved[head.stream] = { seq: head.seq, hash: head.hash };
      } else if (head.seq !== before.seq || head.hash !== before.hash) {
        regressed.push(head.stream);
      }
    }
    const present = new Set(heads.map((h) => h.stream));
    for (const stream of sealed.keys()) if (!present.has(stream)) regressed.push(stream);
    // a seal on every beat, moved or not (a seal only when something moved would tell, during bidding,
    // when bids were made) — but never over a loss
    if (Object.keys(moved).length === 0 && regressed.length > 0) return { seal: null, regressed };

    const fold = new Map<string, string>([...sealed].map(([stream, h]) => [stream, h.seq]));
    for (const [stream, h] of Object.entries(moved)) fold.set(stream, h.seq);
    const eventCount = String([...fold.values()].reduce((sum, seq) => sum + BigInt(seq), 0n));
    const last = await repo.findLastSeal(trx);
    const fields = {
      sealedAt: await repo.readAuditNow(trx),
      throughEventId: String(throughEventId),
      streamHeads: moved,
      streamCount: fold.size,
      eventCount,
    };
    const prevSealHash = last?.seal_hash ?? GENESIS_HASH;
    const hash = sealHash(prevSealHash, fields);
    const { id } = await repo.insertSeal(trx, { ...fields, sealHash: hash, prevSealHash });
    await repo.upsertSealedHeads(trx, id, moved);
    return {
      seal: {
        id,
        sealHash: hash,
        movedStreams: Object.keys(moved).length,
        streamCount: fold.size,
        eventCount,
      },
      regressed,
    };
  });
}

export interface AuditSealer {
  stop(): Promise<void>;
}

/**
 * Seals every `intervalMs` and publishes each finished day's digest; a failed beat is logged and
 * retried on the next one. Wire into the server beside the round scheduler.
 */
export function startAuditSealer(
  db: Db,
  intervalMs: number,
  log: (line: string) => void = () => {},
): AuditSealer {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const beat = async () => {
    const { seal, regressed } = await sealAudit(db);
    if (regressed.length > 0) {
      log(`audit sealer: ${regressed.length} stream(s) behind their seal, run ./jicai audit verify`);
    }
    if (seal) log(`audit sealer: seal ${seal.id} over ${seal.movedStreams} moved stream(s)`);
    for (const day of await publishDueDigests(db)) log(`audit sealer: digest for ${day} published`);
  };
  const schedule = () => {
    if (stopped) return;
    running = beat()
      .catch((error: unknown) => log(`audit sealer: failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(schedule, intervalMs);
      });
  };
  let timer = setTimeout(schedule, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
