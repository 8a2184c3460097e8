import { shanghaiDate } from '@jicai/domain';
import { sealAudit } from '../../audit/seal-audit.js';
import { publishDailyDigest } from '../../audit/daily-digest.js';
import type { Db } from '../../db/database.js';
import { readDbNow } from '../../db/db-clock.js';
import { clearPlatformClock, setPlatformClock } from '../platform-clock.js';

const DAY = 86_400_000;

/**
 * The platform's public records for the matrix: an outage still going on, an outage notice and a
 * deadline notice of a published round, written in (recording one through the service would move
 * every round's deadlines); then the audit chain sealed and a day's digest published, on a
 * rehearsal clock a day ahead for the moment it takes.
 */
export async function insertOperationsRecords(db: Db, o: { recordedBy: string; roundId: string }) {
  const now = await readDbNow(db);
  const outage = await db
    .insertInto('outage')
    .values({
      starts_at: new Date(now.getTime() - 3_600_000),
      ends_at: null,
      cause: 'matrix: the database was unreachable',
      recorded_by: o.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('public_notice')
    .values([
      { round_id: null, kind: 'outage', title: 'matrix outage', body: 'the platform is unavailable' },
      { round_id: o.roundId, kind: 'deadline-extension', title: 'matrix extension', body: 'moved' },
    ])
    .execute();
  return { outage: { id: outage.id, endsAt: now.toISOString() }, digestDay: await publishDigest(db) };
}

/** Seals the chain now and publishes today's digest as tomorrow would; the day it is for. */
export async function publishDigest(db: Db, daysAhead = 1): Promise<string> {
  const now = await readDbNow(db);
  await sealAudit(db);
  const day = shanghaiDate(new Date(now.getTime() + (daysAhead - 1) * DAY));
  await setPlatformClock(db, new Date(now.getTime() + daysAhead * DAY));
  try {
    if (!(await publishDailyDigest(db, day))) throw new Error(`no digest for ${day}`);
  } finally {
    await clearPlatformClock(db);
  }
  return day;
}
