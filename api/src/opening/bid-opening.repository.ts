import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { OpenedBidStatus, OpeningPhase } from './bid-opening.table.js';

type Q = Kysely<Database>;

export function findOfficial(db: Q, roundId: string, userId: string) {
  return db
    .selectFrom('round_key_official')
    .select(['share_index', 'share_hash'])
    .where('round_id', '=', roundId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Undefined when the official already handed in a share for this phase. */
export function insertOpeningShare(
  trx: Q,
  v: { roundId: string; userId: string; phase: OpeningPhase; sealed: string },
) {
  return trx
    .insertInto('opening_share')
    .values({ round_id: v.roundId, user_id: v.userId, phase: v.phase, share_sealed: v.sealed })
    .onConflict((oc) => oc.columns(['round_id', 'phase', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
}

export function listOpeningShares(trx: Q, roundId: string, phase: OpeningPhase) {
  return trx
    .selectFrom('opening_share')
    .select(['user_id', 'share_sealed'])
    .where('round_id', '=', roundId)
    .where('phase', '=', phase)
    .orderBy('user_id')
    .execute();
}

/** Held shares are deleted the moment they served: the recombined key is never stored either. */
export function deleteOpeningShares(trx: Q, roundId: string, phase: OpeningPhase) {
  return trx.deleteFrom('opening_share').where('round_id', '=', roundId).where('phase', '=', phase).execute();
}

export function markPhaseOpened(trx: Q, roundId: string, phase: OpeningPhase) {
  const at = sql<Date>`jicai_round_now(round_id)`;
  return trx
    .updateTable('round_key')
    .set(phase === 'technical' ? { technical_opened_at: at } : { opened_at: at })
    .where('round_id', '=', roundId)
    .execute();
}

/** The live (not withdrawn) sealed bids of a round. */
export function listSealedBids(trx: Q, roundId: string) {
  return trx
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .select([
      'bid.id',
      'bid.company_id',
      'bid.product_id',
      'product.code as product_code',
      'bid.commitment',
      'bid.envelope',
      'bid.technical_envelope',
      'bid.revision',
      'bid.received_at',
    ])
    .where('bid.round_id', '=', roundId)
    .where('bid.withdrawn', '=', false)
    .orderBy('bid.id')
    .execute();
}

export type SealedBidRow = Awaited<ReturnType<typeof listSealedBids>>[number];

/** Spec ids by `<product id>|<spec code>`, for the round's catalogue. */
export async function mapSpecIds(trx: Q, roundId: string): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('spec')
    .innerJoin('product', 'product.id', 'spec.product_id')
    .select(['spec.id', 'spec.code', 'spec.product_id'])
    .where('product.round_id', '=', roundId)
    .execute();
  return new Map(rows.map((r) => [`${r.product_id}|${r.code}`, r.id]));
}

/** What the technical phase opened, by bid id. */
export async function mapOpenedTechnical(trx: Q, roundId: string) {
  const rows = await trx
    .selectFrom('opened_bid')
    .select(['bid_id', 'technical', 'status', 'problem'])
    .where('round_id', '=', roundId)
    .execute();
  return new Map(rows.map((r) => [r.bid_id, r]));
}

export interface OpenedBidValues {
  readonly bidId: string;
  readonly roundId: string;
  readonly companyId: string;
  readonly productId: string;
  readonly specId: string | null;
  readonly packPrice: string | null;
  /** the committed salt, revealed at opening (status opened) */
  readonly salt: string | null;
  readonly technical: string | null;
  readonly submittedAt: Date;
  readonly revision: number;
  readonly commitment: string;
  readonly status: OpenedBidStatus;
  readonly problem: string | null;
}

/** Inserts the opened bids; the price phase of a dual-envelope round completes the technical rows. */
export async function saveOpenedBids(trx: Q, rows: readonly OpenedBidValues[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('opened_bid')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          bid_id: r.bidId,
          round_id: r.roundId,
          company_id: r.companyId,
          product_id: r.productId,
          spec_id: r.specId,
          pack_price: r.packPrice,
          salt: r.salt,
          technical: r.technical,
          submitted_at: r.submittedAt,
          revision: r.revision,
          commitment: r.commitment,
          status: r.status,
          problem: r.problem,
        })),
      )
      .onConflict((oc) =>
        oc.column('bid_id').doUpdateSet((eb) => ({
          spec_id: eb.ref('excluded.spec_id'),
          pack_price: eb.ref('excluded.pack_price'),
          salt: eb.ref('excluded.salt'),
          status: eb.ref('excluded.status'),
          problem: eb.ref('excluded.problem'),
        })),
      )
      .execute();
  }
}

export async function countUnreviewed(trx: Q, roundId: string): Promise<number> {
  const row = await trx
    .selectFrom('opened_bid')
    .select(sql<string>`count(*)`.as('n'))
    .where('round_id', '=', roundId)
    .where('status', '=', 'technical-opened')
    .where('technical_pass', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function setTechnicalPass(trx: Q, roundId: string, openedBidId: string, pass: boolean) {
  return trx
    .updateTable('opened_bid')
    .set({ technical_pass: pass })
    .where('id', '=', openedBidId)
    .where('round_id', '=', roundId)
    .where('status', '=', 'technical-opened')
    .returning('id')
    .executeTakeFirst();
}

export function listTechnicalEnvelopes(db: Q, roundId: string) {
  return db
    .selectFrom('opened_bid')
    .innerJoin('product', 'product.id', 'opened_bid.product_id')
    .select([
      'opened_bid.id',
      'opened_bid.company_id',
      'product.code as product_code',
      'opened_bid.technical',
      'opened_bid.technical_pass',
      'opened_bid.status',
    ])
    .where('opened_bid.round_id', '=', roundId)
    .orderBy('product.code')
    .orderBy('opened_bid.company_id')
    .execute();
}

/** The round's state and frozen ruleset (dual envelope or not), for the opening's progress. */
export function findOpeningRound(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select(['state', 'ruleset_frozen'])
    .where('id', '=', roundId)
    .executeTakeFirst();
}
