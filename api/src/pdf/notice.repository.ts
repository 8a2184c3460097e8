import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** A published round with its award dates (undefined for a draft or an unknown id). */
export function findRoundForNotice(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom('round')
    .leftJoin('round_award', 'round_award.round_id', 'round.id')
    .select([
      'round.id',
      'round.code',
      'round.name',
      'round.state',
      'round_award.proposed_at',
      'round_award.objection_ends_at',
      'round_award.awarded_at',
    ])
    .where('round.id', '=', roundId)
    .where('round.published_at', 'is not', null)
    .executeTakeFirst();
}

/** The number of the evaluation record that stood at `at`: the one a notice published then shows. */
export async function findRecordSeqAt(
  db: Kysely<Database>,
  roundId: string,
  at: Date,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('evaluation_record')
    .select('seq')
    .where('round_id', '=', roundId)
    .where('created_at', '<=', at)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq;
}

/** Published notices the platform has not issued as PDFs yet: (round, kind) pairs, oldest first. */
export async function findUnissuedNotices(
  db: Kysely<Database>,
): Promise<{ roundId: string; kind: 'proposed-winners-notice' | 'award-notice' }[]> {
  const { rows } = await sql<{ round_id: string; kind: 'proposed-winners-notice' | 'award-notice' }>`
    select a.round_id, n.kind
    from round_award a
    cross join lateral (values
      ('proposed-winners-notice', a.proposed_at),
      ('award-notice', a.awarded_at)) as n(kind, published_at)
    where n.published_at is not null
      and not exists (
        select 1 from issued_document d
        where d.kind = n.kind and d.subject = 'round:' || a.round_id::text)
    order by n.published_at
    limit 50`.execute(db);
  return rows.map((r) => ({ roundId: r.round_id, kind: r.kind }));
}
