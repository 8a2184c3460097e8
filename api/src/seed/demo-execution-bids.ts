import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { deleteSession, insertSession } from '../auth/auth.repository.js';
import type { Actor } from '../auth/roles.js';
import { submitBid } from '../bids/bids.service.js';
import type { Database } from '../db/database.js';
import { setRoundClock } from '../db/db-clock.js';
import { submitOpeningShare } from '../opening/bid-opening.service.js';
import { runKeyCeremony } from '../opening/key-ceremony.service.js';
import { applyRoundEvents } from '../rounds/round-events.service.js';
import type { SeededAccounts, SeededCompany } from './demo-accounts.js';
import { packPrice } from './demo-national.js';
import type { SeededRound } from './demo-rounds.js';

type Trx = Transaction<Database>;

const MINUTE_MS = 60_000;

export interface SealedBidPlan {
  readonly round: SeededRound;
  /** per product (catalogue order): the bidding companies */
  readonly bidders: readonly (readonly SeededCompany[])[];
  /** per position in `bidders[p]`: the bid as a share of the ceiling, in % */
  readonly percents: readonly number[];
}

const actorOf = (userId: string, login: string, organisationId: string, office: boolean): Actor => ({
  userId,
  login,
  organisationId,
  organisationKind: office ? 'office' : 'company',
  regionCode: null,
  roles: [office ? 'office-official' : 'company-user'],
});

/**
 * The bidding as it happens on the platform: the key ceremony before bidding opens (the officials'
 * shares handed over there), each company's sealed bid through the bids service while the round's
 * clock stands in its bidding window (on a session of its own, ended afterwards), bidding closed,
 * and two of the three officials handing in their shares after the deadline: the bids are opened,
 * checked against their commitments, and the evaluation runs and is signed.
 */
export async function sealAndOpenBids(
  trx: Trx,
  deps: AppDeps,
  accounts: SeededAccounts,
  officeId: string,
  plan: SealedBidPlan,
): Promise<void> {
  const { round } = plan;
  const admin = accounts.officeAdminId;
  const ceremony = await runKeyCeremony(trx, round.id, accounts.officialIds, 2, admin);
  await applyRoundEvents(trx, round.id, [{ type: 'bidding-opened' }], null);

  const companies = [...new Map(plan.bidders.flat().map((c) => [c.id, c])).values()];
  const sessions = new Map(
    companies.map((c) => [
      c.id,
      createHash('sha256').update(`demo-bidding-session|${round.id}|${c.userId}`).digest('hex'),
    ]),
  );
  for (const c of companies) await insertSession(trx, sessions.get(c.id) as string, c.userId, 1);
  const opens = round.calendar.biddingOpensAt.getTime();
  let n = 0;
  for (const [p, product] of round.products.entries()) {
    for (const [k, company] of (plan.bidders[p] ?? []).entries()) {
      // a day or so apart: bids come in over the window
      await setRoundClock(trx, round.id, new Date(opens + (++n * 11 + 30) * 60 * MINUTE_MS));
      const login = `company.c${String(company.n).padStart(2, '0')}`;
      await submitBid(
        deps,
        actorOf(company.userId, login, company.id, false),
        { kind: 'session', hash: sessions.get(company.id) as string },
        { roundId: round.id, productCode: product.demo.code, key: `${round.id}-${product.demo.code}` },
        {
          specCode: product.demo.representativeSpecCode,
          packPrice: packPrice(product.demo, plan.percents[k] as number),
        },
      );
    }
  }
  for (const hash of sessions.values()) await deleteSession(trx, hash);
  await applyRoundEvents(trx, round.id, [{ type: 'bidding-closed' }], null);

  await setRoundClock(trx, round.id, new Date(round.calendar.openingAt.getTime() + 5 * MINUTE_MS));
  const officials = await trx
    .selectFrom('app_user')
    .select(['id', 'login'])
    .where('id', 'in', accounts.officialIds)
    .execute();
  for (const share of ceremony.shares.slice(0, ceremony.k)) {
    const official = officials.find((o) => o.id === share.userId);
    if (!official) continue;
    await submitOpeningShare(
      deps,
      actorOf(official.id, official.login, officeId, true),
      round.id,
      share.share,
    );
  }
}
