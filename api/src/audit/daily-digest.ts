import { formatShanghai, shanghaiDate, shanghaiInstant } from '@jicai/domain';
import type { Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import * as repo from './audit-digest.repository.js';
import { digestHash } from './seal-hash.js';

/** The calendar day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + n);
  return at.toISOString().slice(0, 10);
}

/**
 * Publishes the digest of a finished Asia/Shanghai day: the hash and counts of the day's last seal
 * (or, on a quiet day, the last seal before it), so the chain's state that day is fixed in public.
 * Idempotent: the day's digest is written once and read back after. Null while the day is not over
 * on the database clock, or before the first seal.
 */
export async function publishDailyDigest(db: Db, day: string): Promise<repo.DigestRow | null> {
  const existing = await repo.findDigest(db, day);
  if (existing) return existing;
  if (day >= shanghaiDate(await readDbNow(db))) return null;
  const seal = await repo.findLastSealBefore(db, shanghaiInstant(addDays(day, 1)));
  if (!seal) return null;
  const fields = {
    day,
    sealId: seal.id,
    sealHash: seal.seal_hash,
    streamCount: seal.stream_count,
    eventCount: seal.event_count,
  };
  await repo.insertDigest(db, { ...fields, digestHash: digestHash(fields) });
  return (await repo.findDigest(db, day)) ?? null;
}

/** Every finished day since the last digest (or the first seal) gets its digest; returns the days published. */
export async function publishDueDigests(db: Db, maxDays = 366): Promise<string[]> {
  const today = shanghaiDate(await readDbNow(db));
  const latest = await repo.findLatestDigestDay(db);
  const first = latest ? null : await repo.findFirstSeal(db);
  if (!latest && !first) return [];
  let day = latest ? addDays(latest.day, 1) : shanghaiDate((first as { sealed_at: Date }).sealed_at);
  const published: string[] = [];
  for (let n = 0; day < today && n < maxDays; day = addDays(day, 1), n++) {
    if (await publishDailyDigest(db, day)) published.push(day);
  }
  return published;
}

/** A digest as the public reads it. */
export function toDigestView(row: repo.DigestRow) {
  return {
    day: row.day,
    sealId: Number(row.seal_id),
    sealHash: row.seal_hash,
    digestHash: row.digest_hash,
    // event and stream counts stay out of public view: during bidding they would tell how many bids move
    publishedAt: formatShanghai(row.published_at),
  };
}
