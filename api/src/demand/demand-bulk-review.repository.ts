import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The reports of a bulk approval, row-locked in id order (two bulk approvals never deadlock). */
export function findReportsForBulkReview(trx: Q, roundId: string, reportIds: readonly string[]) {
  return trx
    .selectFrom('demand_report')
    .select([
      'id',
      'region_code',
      'status',
      'updated_at',
      'hospital_id',
      'product_id',
      'quantity',
      'last_year_volume',
    ])
    .where('round_id', '=', roundId)
    .where('id', 'in', reportIds)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export function recordApprovals(
  trx: Q,
  reportIds: readonly string[],
  comment: string | null,
  reviewerUserId: string,
) {
  return trx
    .updateTable('demand_report')
    .set({
      status: 'approved',
      reviewer_comment: comment,
      reviewed_by: reviewerUserId,
      reviewed_at: sql<Date>`jicai_round_now(round_id)`,
      updated_at: sql<Date>`jicai_round_now(round_id)`,
    })
    .where('id', 'in', reportIds)
    .execute();
}
