import { sql } from 'kysely';
import type { AppDeps } from '../../app-env.js';
import type { Credential } from '../../auth/actor-cache.js';
import type { Actor } from '../../auth/roles.js';
import { secretHash } from '../../auth/secrets.js';
import { submitOpeningShare } from '../../opening/bid-opening.service.js';
import { submitBid } from '../../bids/bids.service.js';
import { runKeyCeremony } from '../../opening/key-ceremony.service.js';
import type { Db } from '../../db/database.js';
import { insertCatalogue, insertStageRound, type Cast } from './matrix-round-rows.js';

export type { Cast } from './matrix-round-rows.js';

/*
 * The matrix world's rounds around sealed bidding, written straight into the tables up to bidding
 * and then driven by the bids feature's own services: the key ceremony, bids, the technical opening.
 */

let counter = 0;

/** What a sealed bid leaves its company to know; none of it may reach anyone else before opening. */
export interface SealedBid {
  readonly roundId: string;
  readonly company: string;
  readonly packPrice: string;
  readonly technical: string | null;
  readonly commitment: string;
  readonly salt: string;
  readonly key: string;
}

export async function placeBid(
  deps: AppDeps,
  company: Actor,
  roundId: string,
  productCode: string,
  packPrice: string,
  technical?: string,
): Promise<SealedBid> {
  const key = `mx-bid-${productCode}-${++counter}`;
  const { receipt } = await submitBid(
    deps,
    company,
    await machineCredential(deps.db, company),
    { roundId, productCode, key },
    { specCode: 'S1', packPrice, ...(technical && { technical }) },
  );
  if (!receipt.commitment || !receipt.salt) throw new Error('a bid receipt without its commitment');
  const { commitment, salt } = receipt;
  return {
    roundId,
    company: company.organisationId,
    packPrice,
    technical: technical ?? null,
    commitment,
    salt,
    key,
  };
}

// fixtures' tokens outlive any rehearsal clock a test sets
const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

/** A bid re-checks its caller's credential in the database: the company's machine token stands in. */
async function machineCredential(db: Db, company: Actor): Promise<Credential> {
  const hash = secretHash(`mx-token-${company.userId}`);
  await db
    .insertInto('api_token')
    .values({ token_hash: hash, user_id: company.userId, name: 'matrix bids', expires_at: FAR_FUTURE })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
  return { kind: 'api-token', hash };
}

/** Runs `place` while the round takes bids, then closes bidding again (deadline passed). */
export async function whileBiddingOpen<T>(db: Db, roundId: string, place: () => Promise<T>): Promise<T> {
  await db
    .updateTable('round')
    .set({ state: 'bidding-open', bidding_closes_at: sql<Date>`jicai_now() + interval '1 hour'` })
    .where('id', '=', roundId)
    .execute();
  const placed = await place();
  await db
    .updateTable('round')
    .set({ state: 'bidding-closed', bidding_closes_at: sql<Date>`jicai_now() - interval '1 second'` })
    .where('id', '=', roundId)
    .execute();
  return placed;
}

function holdCeremony(deps: AppDeps, cast: Cast, roundId: string, keepShares: boolean) {
  const ids = cast.officials.map((o) => o.userId);
  return deps.db
    .transaction()
    .execute((trx) =>
      runKeyCeremony(trx, roundId, ids, 2, cast.admin.userId, keepShares ? deps.signer : undefined),
    );
}

export interface SealedRounds {
  /** bidding open (P1, P2), the ceremony's shares kept for POST …/my-share; B bid for P2 */
  readonly bidding: string;
  /** bidding closed, not opened; B bid for P2 */
  readonly closed: string;
  /** dual envelope, technical envelopes opened (A and B for P1), prices sealed */
  readonly technical: string;
  readonly closedShares: readonly [string, string];
  /** what the officials must never hand anyone: the second official's shares */
  readonly officialTwoShares: readonly string[];
  readonly technicalOpenedBidId: string;
  readonly bids: readonly SealedBid[];
}

/** Company B's bids only: A's come in `placeCompanyABids`, so the world exists with and without them. */
export async function buildSealedRounds(deps: AppDeps, cast: Cast): Promise<SealedRounds> {
  const db = deps.db;
  const bidders = [cast.companyA, cast.companyB];
  const round = (state: string, dualEnvelope = false) =>
    insertStageRound(db, { createdBy: cast.admin.userId, state, ruleset: 'nvbp-7', dualEnvelope });

  const bidding = await round('demand-locked');
  await insertCatalogue(db, bidding, ['P1', 'P2'], bidders);
  await holdCeremony(deps, cast, bidding, true);
  await db.updateTable('round').set({ state: 'bidding-open' }).where('id', '=', bidding).execute();

  const closed = await round('demand-locked');
  await insertCatalogue(db, closed, ['P1', 'P2'], bidders);
  const closedCeremony = await holdCeremony(deps, cast, closed, false);

  const technical = await round('demand-locked', true);
  await insertCatalogue(db, technical, ['P1'], bidders);
  const technicalCeremony = await holdCeremony(deps, cast, technical, false);

  const bids = [
    await placeBid(deps, cast.companyB, bidding, 'P2', '7531.59'),
    ...(await whileBiddingOpen(db, closed, async () => [
      await placeBid(deps, cast.companyB, closed, 'P2', '5312.91'),
    ])),
    ...(await whileBiddingOpen(db, technical, async () => [
      await placeBid(deps, cast.companyA, technical, 'P1', '4201.83', 'MX-TECHNICAL-ENVELOPE-A'),
      await placeBid(deps, cast.companyB, technical, 'P1', '3109.47', 'MX-TECHNICAL-ENVELOPE-B'),
    ])),
  ];
  for (const [i, official] of cast.officials.entries())
    await submitOpeningShare(deps, official, technical, technicalCeremony.shares[i]?.share as string);
  const opened = await db
    .selectFrom('opened_bid')
    .select('id')
    .where('round_id', '=', technical)
    .where('company_id', '=', cast.companyA.organisationId)
    .executeTakeFirstOrThrow();

  const shareOf = (ceremony: typeof closedCeremony, i: number) => ceremony.shares[i]?.share as string;
  return {
    bidding,
    closed,
    technical,
    closedShares: [shareOf(closedCeremony, 0), shareOf(closedCeremony, 1)],
    officialTwoShares: [shareOf(closedCeremony, 1), shareOf(technicalCeremony, 1)],
    technicalOpenedBidId: opened.id,
    bids,
  };
}

/** Company A's bids: P1 of the bidding round and of the closed round (reopened for it, then closed again). */
export async function placeCompanyABids(deps: AppDeps, cast: Cast, rounds: SealedRounds) {
  return [
    await placeBid(deps, cast.companyA, rounds.bidding, 'P1', '8641.37'),
    ...(await whileBiddingOpen(deps.db, rounds.closed, async () => [
      await placeBid(deps, cast.companyA, rounds.closed, 'P1', '6421.73'),
    ])),
  ];
}
