import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { RegistrationReviewStatus } from './companies.table.js';

type Q = Kysely<Database>;

/** A registration of the round, locked: two reviewers deciding at once queue on the row. */
export function lockRegistration(db: Q, roundId: string, id: string) {
  return db
    .selectFrom('company_product')
    .select(['id', 'company_id', 'spec_id', 'review_status', 'review_reason'])
    .where('id', '=', id)
    .where('round_id', '=', roundId)
    .forUpdate()
    .executeTakeFirst();
}

/** Records the office's decision, stamped with the database clock. */
export function updateReview(
  db: Q,
  id: string,
  v: { status: RegistrationReviewStatus; reason: string | null; reviewedBy: string },
) {
  return db
    .updateTable('company_product')
    .set({
      review_status: v.status,
      review_reason: v.reason,
      reviewed_by: v.reviewedBy,
      reviewed_at: sql<Date>`jicai_now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The company's rejected registration of a product's spec (by code), for a bid refusal that says why. */
export function findRejectedRegistration(db: Q, companyId: string, productId: string, specCode: string) {
  return db
    .selectFrom('company_product')
    .innerJoin('spec', 'spec.id', 'company_product.spec_id')
    .select(['company_product.id', 'company_product.review_reason'])
    .where('company_product.company_id', '=', companyId)
    .where('company_product.product_id', '=', productId)
    .where('company_product.review_status', '=', 'rejected')
    .where(sql<boolean>`lower(spec.code) = lower(${specCode})`)
    .executeTakeFirst();
}
