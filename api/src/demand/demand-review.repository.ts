import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The report a reviewer acts on, row-locked against a concurrent resubmission. */
export function findReportForReview(trx: Q, roundId: string, reportId: string) {
  return trx
    .selectFrom('demand_report')
    .select(['id', 'region_code', 'status', 'updated_at', 'hospital_id', 'product_id'])
    .where('round_id', '=', roundId)
    .where('id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
}

export function recordReview(
  trx: Q,
  reportId: string,
  status: 'approved' | 'returned',
  comment: string | null,
  reviewerUserId: string,
) {
  return trx
    .updateTable('demand_report')
    .set({
      status,
      reviewer_comment: comment,
      reviewed_by: reviewerUserId,
      reviewed_at: sql<Date>`jicai_round_now(round_id)`,
      updated_at: sql<Date>`jicai_round_now(round_id)`,
    })
    .where('id', '=', reportId)
    .execute();
}

/** Reports still waiting for their region: submitted, or returned and not yet resubmitted. */
export async function countPendingReports(trx: Q, roundId: string): Promise<number> {
  const row = await trx
    .selectFrom('demand_report')
    .select(sql<string>`count(*)`.as('n'))
    .where('round_id', '=', roundId)
    .where('status', 'in', ['submitted', 'returned'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
