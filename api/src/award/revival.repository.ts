import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { roundNowOf } from '../db/db-clock.js';
import type { RevivalOfferTable } from './award.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export async function insertRevivalOffers(trx: Trx, offers: readonly Insertable<RevivalOfferTable>[]) {
  if (offers.length === 0) return;
  await trx.insertInto('revival_offer').values(offers).execute();
}

/** A company's offers with their product codes, by product code then bid. */
function offersOf(db: Q, roundId: string, companyId: string) {
  return db
    .selectFrom('revival_offer')
    .innerJoin('product', 'product.id', 'revival_offer.product_id')
    .selectAll('revival_offer')
    .select('product.code as product_code')
    .where('revival_offer.round_id', '=', roundId)
    .where('revival_offer.company_id', '=', companyId)
    .orderBy(sql`product.code collate "C"`)
    .orderBy('revival_offer.bid_id');
}

export function listCompanyOffers(db: Q, roundId: string, companyId: string) {
  return offersOf(db, roundId, companyId).execute();
}

/** The company's own offer, or undefined (another company's offer is not found). */
export function findCompanyOffer(db: Q, roundId: string, companyId: string, offerId: string) {
  return offersOf(db, roundId, companyId).where('revival_offer.id', '=', offerId).executeTakeFirst();
}

/** Records the company's answer at the round's clock. */
export function setOfferAnswer(trx: Trx, offerId: string, answer: 'accept' | 'decline', userId: string) {
  return trx
    .updateTable('revival_offer')
    .set({ answer, answered_at: roundNowOf('round_id'), answered_by: userId })
    .where('id', '=', offerId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Offers still unanswered when the window closes count as declined; returns their bids. */
export function declineUnansweredOffers(trx: Trx, roundId: string) {
  return trx
    .updateTable('revival_offer')
    .set({ answer: 'decline', answered_at: roundNowOf('round_id') })
    .where('round_id', '=', roundId)
    .where('answer', 'is', null)
    .returning('bid_id')
    .execute();
}

/** Rounds in their revival window whose end has passed on their own clock. */
export function listRoundsWithRevivalDue(db: Q) {
  return db
    .selectFrom('round')
    .innerJoin('round_award', 'round_award.round_id', 'round.id')
    .select('round.id')
    .where('round.state', '=', 'revival-window')
    .where('round_award.revival_closes_at', '<=', roundNowOf('round.id'))
    .execute();
}
