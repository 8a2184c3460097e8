import {
  DEFAULT_EXECUTION_RULES,
  hasReachedState,
  nonWinnerPriceCap,
  planListingChanges,
  type EvaluationResult,
  type ExecutionRules,
  type ListingPlan,
  type ListingWinner,
  type Ruleset,
} from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { awardedPrices, awardKey, type PricedInput } from '../award/awarded-prices.js';
import { findLatestRecord } from '../award/evaluation-record.repository.js';
import type { Db } from '../db/database.js';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { listProductIds } from '../rounds/catalogue.repository.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { visibleRound } from '../rounds/visible-round.js';
import * as repo from './listing.repository.js';
import { recordChange } from './listing-change.js';

type Trx = Transaction<Database>;

/** The round's execution rules; a round frozen before a field existed reads its default. */
export const executionRules = (ruleset: unknown): ExecutionRules => ({
  ...DEFAULT_EXECUTION_RULES,
  ...((ruleset as Ruleset | null)?.execution ?? {}),
});

/** What the round's published award says of each product: its winners at their price, and who bid. */
export interface ProductAward {
  readonly productId: string;
  readonly winners: ListingWinner[];
  readonly bidders: Set<string>;
}

/** The award of every product of the round, from its latest published evaluation. */
export async function readProductAwards(db: Db | Trx, roundId: string): Promise<ProductAward[]> {
  const record = await findLatestRecord(db, roundId);
  if (!record) return awardsFromAgreements(db, roundId);
  const input = JSON.parse(record.input_json) as PricedInput;
  const result = JSON.parse(record.output_json) as EvaluationResult;
  const ids = new Map((await listProductIds(db, roundId)).map((p) => [p.code, p.id]));
  const prices = awardedPrices(input, result);
  const byProduct = new Map<string, ProductAward>();
  for (const entry of result.products) {
    const productId = ids.get(entry.productId);
    if (productId === undefined) continue;
    const award = byProduct.get(productId) ?? { productId, winners: [], bidders: new Set<string>() };
    for (const bid of entry.bids) {
      award.bidders.add(bid.companyId);
      const price = prices.get(awardKey(entry.productId, entry.group, bid.companyId));
      // a company winning in two groups is listed at the first group's price
      if (price && !award.winners.some((w) => w.companyId === bid.companyId))
        award.winners.push({ companyId: bid.companyId, ...price });
    }
    byProduct.set(productId, award);
  }
  return [...byProduct.values()];
}

/**
 * A round whose agreements were written without a published evaluation (imported): the winners are
 * the companies of its award agreements at their agreed price, the bidders those who sealed a bid.
 */
async function awardsFromAgreements(db: Db | Trx, roundId: string): Promise<ProductAward[]> {
  const [winners, bidders] = await Promise.all([
    repo.listAgreedWinners(db, roundId),
    repo.listBidders(db, roundId),
  ]);
  const byProduct = new Map<string, ProductAward>();
  const awardOf = (productId: string) =>
    byProduct.get(productId) ??
    byProduct.set(productId, { productId, winners: [], bidders: new Set() }).get(productId)!;
  for (const w of winners) {
    const award = awardOf(w.product_id);
    award.bidders.add(w.company_id);
    award.winners.push({
      companyId: w.company_id,
      specCode: w.spec_code,
      unitsPerPack: w.units_per_pack,
      packPrice: w.pack_price,
    });
  }
  for (const b of bidders) byProduct.get(b.product_id)?.bidders.add(b.company_id);
  return [...byProduct.values()];
}

const REASON_TEXT: Record<ListingPlan['reason'], (p: ListingPlan, cap: string | null) => string> = {
  AWARDED_PRICE: (p) => `中选产品按中选价格 ${p.packPrice} 元/${p.specCode} 挂网`,
  OVER_CAP: (p, cap) =>
    p.status === 'delisted'
      ? '非中选产品挂网价格超出本批次规则允许的上限，撤网'
      : `非中选产品挂网价格高于规则上限，调整为 ${cap ?? p.packPrice} 元/${p.specCode}`,
  DID_NOT_BID: () => '该企业挂网产品未参加本批次集采报价，按规则撤网',
};

/**
 * Applies the round's listing rules after the award (docs/rules.md §12.9): each product's winners listed
 * at their awarded price, listed non-winners held to the cap, listed non-bidders delisted (撤网). Plans
 * only differences, so running it again changes nothing (idempotent). One audit entry names every change.
 */
export async function applyListing(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute((trx) => applyListingIn(trx, actor, roundId));
}

/** The listing rules applied in the caller's transaction (the service verb's, or the demo seed's). */
export async function applyListingIn(trx: Trx, actor: { readonly userId: string }, roundId: string) {
  const round = visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
  if (!hasReachedState(round.state, 'awarded'))
    throw new AppError(
      'INVALID_STATE',
      {
        en: 'the listing follows the award: this round’s award is not fixed yet',
        zh: '挂网依据集采结果：本批次尚未确定中选结果',
      },
      [],
      { roundState: round.state },
    );
  const rules = executionRules(round.ruleset_frozen);
  const current = await repo.lockRoundListings(trx, roundId);
  const changes = [];
  for (const award of await readProductAwards(trx, roundId)) {
    const listings = current
      .filter((l) => l.product_id === award.productId)
      .map((l) => ({
        companyId: l.company_id,
        specCode: l.spec_code,
        unitsPerPack: l.units_per_pack,
        packPrice: l.pack_price,
        status: l.status,
      }));
    const winnerIds = new Set(award.winners.map((w) => w.companyId));
    for (const plan of planListingChanges(award.winners, award.bidders, listings, rules)) {
      const before = current.find((l) => l.product_id === award.productId && l.company_id === plan.companyId);
      const cap = nonWinnerPriceCap(award.winners, plan.unitsPerPack, rules)?.toFixed(2) ?? null;
      changes.push(
        await recordChange(trx, actor, before, {
          roundId,
          productId: award.productId,
          companyId: plan.companyId,
          specCode: plan.specCode,
          unitsPerPack: plan.unitsPerPack,
          packPrice: plan.packPrice,
          status: plan.status,
          winner: winnerIds.has(plan.companyId),
          reasonCode: plan.reason,
          reason: REASON_TEXT[plan.reason](plan, cap),
        }),
      );
    }
  }
  await appendAudit(trx, {
    stream: roundStream(roundId),
    actorUserId: actor.userId,
    action: 'listing.applied',
    subject: `round:${roundId}`,
    payload: {
      rules: {
        nonWinnerListedPriceCapRatio: rules.nonWinnerListedPriceCapRatio,
        delistNonBidders: rules.delistNonBidders,
      },
      changes,
    },
  });
  return { roundId, changes };
}
