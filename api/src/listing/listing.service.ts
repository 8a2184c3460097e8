import { Dec, nonWinnerPriceCap } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { findRoundById } from '../rounds/rounds.repository.js';
import { executionRules, readProductAwards } from './listing-apply.service.js';
import { recordChange } from './listing-change.js';
import { toChangeView, toListingView } from './listing.mapper.js';
import * as repo from './listing.repository.js';
import type { ListingChangeBody, ListingQuery, NewListingBody } from './listing.schema.js';

type Trx = Transaction<Database>;

/**
 * The round's rules hold a listed price (docs/rules.md §12.9): a winner's is its awarded price, a
 * non-winner's at most the cap. Before the round has an award nothing holds it.
 */
async function checkPrice(
  trx: Trx,
  roundId: string,
  productId: string,
  companyId: string,
  unitsPerPack: number,
  packPrice: string,
) {
  const award = (await readProductAwards(trx, roundId)).find((a) => a.productId === productId);
  if (!award) return;
  const winner = award.winners.find((w) => w.companyId === companyId);
  if (winner && !(winner.unitsPerPack === unitsPerPack && new Dec(winner.packPrice).equals(packPrice)))
    throw invalid(
      'packPrice',
      `a winner is listed at its awarded price, ${winner.packPrice} per pack of ${winner.specCode}`,
      `中选产品按中选价格挂网：${winner.packPrice} 元/${winner.specCode}`,
    );
  if (winner) return;
  const round = await findRoundById(trx, roundId);
  const cap = nonWinnerPriceCap(award.winners, unitsPerPack, executionRules(round?.ruleset_frozen));
  if (cap !== null && new Dec(packPrice).greaterThan(cap))
    throw invalid(
      'packPrice',
      `above the highest price the round's rules allow a non-winner: ${cap.toFixed(2)} per pack`,
      `高于本批次规则允许的非中选产品最高挂网价：${cap.toFixed(2)} 元/盒`,
    );
}

const audit = (
  trx: Trx,
  actor: { readonly userId: string },
  roundId: string,
  change: Awaited<ReturnType<typeof recordChange>>,
) =>
  appendAudit(trx, {
    stream: roundStream(roundId),
    actorUserId: actor.userId,
    action: 'listing.changed',
    subject: `listing:${change.listingId}`,
    payload: change,
  });

/** The office lists a company's product (挂网) by hand, with its reason, within the round's rules. */
export async function createListing(deps: AppDeps, actor: Actor, input: NewListingBody) {
  return deps.db.transaction().execute((trx) => createListingIn(trx, actor, input));
}

/** A listing by hand in the caller's transaction (the service verb's, or the demo seed's). */
export async function createListingIn(trx: Trx, actor: { readonly userId: string }, input: NewListingBody) {
  const spec = await repo.findProductSpec(trx, input.productId, input.specCode);
  if (!spec) throw invalid('specCode', 'not a spec of this product', '不是该产品的规格');
  if (!(await repo.findCompanyName(trx, input.companyId)))
    throw invalid('companyId', 'not a company', '不是企业');
  const existing = await repo.lockListingOf(trx, input.productId, input.companyId);
  if (existing)
    throw new AppError(
      'CONFLICT',
      { en: 'the company is already listed for this product', zh: '该企业该产品已有挂网记录' },
      [{ path: 'companyId', message: 'already listed for this product', messageZh: '该产品已有挂网记录' }],
    );
  await checkPrice(trx, spec.round_id, input.productId, input.companyId, spec.unit_count, input.packPrice);
  const recorded = await recordChange(trx, actor, undefined, {
    roundId: spec.round_id,
    productId: input.productId,
    companyId: input.companyId,
    specCode: spec.code,
    unitsPerPack: spec.unit_count,
    packPrice: input.packPrice,
    status: 'listed',
    winner: false,
    reasonCode: 'OFFICE',
    reason: input.reason,
  });
  await audit(trx, actor, spec.round_id, recorded);
  return recorded;
}

/** The office delists, relists or reprices a listing, with its reason, within the round's rules. */
export async function changeListing(
  deps: AppDeps,
  actor: Actor,
  listingId: string,
  input: ListingChangeBody,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockListing(trx, listingId);
    if (!before) throw notFound('listing', '该挂网记录');
    const status = input.action === 'delist' ? 'delisted' : 'listed';
    const packPrice = input.action === 'reprice' ? (input.packPrice as string) : before.pack_price;
    const unchanged =
      (input.action === 'delist' && before.status === 'delisted') ||
      (input.action === 'relist' && before.status === 'listed') ||
      (input.action === 'reprice' &&
        (before.status === 'delisted' || new Dec(before.pack_price).equals(packPrice)));
    if (unchanged)
      throw new AppError(
        'INVALID_STATE',
        { en: `nothing to ${input.action}: the listing is ${before.status}`, zh: '挂网状态无需变更' },
        [{ path: 'action', message: `the listing is ${before.status}`, messageZh: '挂网状态无需变更' }],
        { listingStatus: before.status },
      );
    if (status === 'listed')
      await checkPrice(
        trx,
        before.round_id,
        before.product_id,
        before.company_id,
        before.units_per_pack,
        packPrice,
      );
    const recorded = await recordChange(trx, actor, before, {
      roundId: before.round_id,
      productId: before.product_id,
      companyId: before.company_id,
      specCode: before.spec_code,
      unitsPerPack: before.units_per_pack,
      packPrice,
      status,
      winner: before.winner,
      reasonCode: 'OFFICE',
      reason: input.reason,
    });
    await audit(trx, actor, before.round_id, recorded);
    return recorded;
  });
}

/** The public list (挂网目录): anyone, signed in or not; a draft round's listings do not exist. */
export async function listListings(deps: AppDeps, query: ListingQuery) {
  const { limit, cursor, ...filter } = query;
  return mapPage(
    await repo.pageListings(deps.db, filter, { limit, ...(cursor && { cursor }) }),
    toListingView,
  );
}

export async function getListing(deps: AppDeps, listingId: string) {
  const row = await repo.findPublicListing(deps.db, listingId);
  if (!row) throw notFound('listing', '该挂网记录');
  return toListingView(row);
}

/** A listing's every change with its reason, newest first (public). */
export async function listChanges(deps: AppDeps, listingId: string, page: Page) {
  await getListing(deps, listingId);
  return mapPage(await repo.pageChanges(deps.db, listingId, page), toChangeView);
}
