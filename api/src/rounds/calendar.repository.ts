import type { CalendarExceptions } from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The office's exceptions to Monday–Friday (holidays, 调休 make-up workdays), optionally of one year. */
export function listWorkingDays(db: Q, year?: number) {
  let query = db.selectFrom('working_day').select(['day', 'kind', 'note']).orderBy('day');
  if (year !== undefined)
    query = query.where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`);
  return query.execute();
}

/** The exceptions as the domain's calendar reads them. */
export async function loadCalendarExceptions(db: Q): Promise<CalendarExceptions> {
  const rows = await db.selectFrom('working_day').select(['day', 'kind']).execute();
  return new Map(rows.map((r) => [r.day, r.kind]));
}

export function deleteWorkingDaysOfYear(trx: Transaction<Database>, year: number) {
  return trx
    .deleteFrom('working_day')
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .execute();
}

export async function insertWorkingDays(
  trx: Transaction<Database>,
  days: readonly { day: string; kind: 'holiday' | 'workday'; note: string }[],
) {
  if (days.length === 0) return;
  await trx
    .insertInto('working_day')
    .values([...days])
    .execute();
}
