import { buildProductResult } from './build-product-result.js';
import { compareCodePoints } from './compare-code-points.js';
import { prepareCandidates, totalQuantity } from './evaluate-entry.js';
import type { ConventionNote, Evaluation, PendingRevivalOffer, ProductResult } from './evaluation-result.js';
import { formatDecimal } from './money/rounding.js';
import type { Bid, DemandLine, Product, RoundInput } from './round-input.js';
import { CONTRACT_VERSION, type Ruleset } from './rulesets/ruleset.js';
import type { RegionalContext } from './regions/allocate-demand.js';
import { isValid, type Candidate } from './selection/candidate.js';
import { splitMarketVolumeGroups } from './selection/market-volume-groups.js';
import { rankValidBids } from './selection/rank-valid-bids.js';
import { selectWinners, type SelectionOptions } from './selection/select-winners.js';
import type { RankedBid } from './selection/ranked-bid.js';
import { isWinner } from './selection/verdict.js';
import { computeEntryVolume } from './volume/entry-volume.js';

type IndexedBid = { bid: Bid; inputIndex: number };

interface Context {
  readonly input: RoundInput;
  readonly ruleset: Ruleset;
  readonly regional: RegionalContext | null;
  readonly notes: ConventionNote[];
  readonly revivalOffers: PendingRevivalOffer[];
}

/**
 * The one entry of the rules core: a round's published inputs and a ruleset in, every product's
 * outcome with its explanation out. Pure: the same input gives the same bytes, whatever the order
 * of bids and demand lines.
 */
export function evaluate(input: RoundInput, ruleset: Ruleset): Evaluation {
  const ctx: Context = {
    input,
    ruleset,
    regional: regionalContext(input, ruleset),
    notes: [],
    revivalOffers: [],
  };
  const bidsByProduct = groupByProduct(
    input.bids.map((bid, inputIndex) => ({ bid, inputIndex, productId: bid.productId })),
  );
  const demandByProduct = groupByProduct(input.demand);
  const products = input.products.flatMap((product) =>
    evaluateProduct(product, bidsByProduct.get(product.id) ?? [], demandByProduct.get(product.id) ?? [], ctx),
  );
  return {
    result: { ruleset: { name: ruleset.name, version: CONTRACT_VERSION }, products },
    notes: ctx.notes,
    revivalOffers: ctx.revivalOffers,
  };
}

function evaluateProduct(
  product: Product,
  bids: IndexedBid[],
  lines: DemandLine[],
  ctx: Context,
): ProductResult[] {
  const grouping = ctx.ruleset.groupBy;
  switch (grouping) {
    case 'none':
      return [evaluateScope(product, null, bids, lines, ctx)];
    case 'bid.group': {
      // G17: one entry per distinct bid.group (null first, then code-point order), each its own product
      const keys = [...new Set(bids.map((b) => b.bid.group))].sort((a, b) =>
        a === null ? -1 : b === null ? 1 : compareCodePoints(a, b),
      );
      if (keys.length === 0) keys.push(null);
      return keys.map((key) =>
        evaluateScope(
          product,
          key,
          bids.filter((b) => b.bid.group === key),
          lines.filter((l) => l.group === key),
          ctx,
        ),
      );
    }
    case 'market-volume':
      return evaluateMarketVolumeGroups(product, bids, lines, ctx);
    default: {
      const exhaustive: never = grouping;
      throw new Error(`unknown grouping ${String(exhaustive)}`);
    }
  }
}

/** Bids competing as one: eligibility, ranking, selection, volume. */
function evaluateScope(
  product: Product,
  group: string | null,
  bids: IndexedBid[],
  lines: DemandLine[],
  ctx: Context,
): ProductResult {
  const candidates = prepareCandidates(product, bids, totalQuantity(lines), ctx.input.deadline, ctx.ruleset);
  const { ranked, notes } = rankValidBids(candidates, ctx.ruleset.tieChain);
  addNotes(ctx, product.id, group, notes);
  return selectAndAllocate(product, group, ranked, invalidInInputOrder(candidates), lines, ctx);
}

/** docs/rules.md §9 gd-alliance (G21): duplicates and affiliates per product, then groups A/B by last year's volume. */
function evaluateMarketVolumeGroups(
  product: Product,
  bids: IndexedBid[],
  lines: DemandLine[],
  ctx: Context,
): ProductResult[] {
  const candidates = prepareCandidates(product, bids, totalQuantity(lines), ctx.input.deadline, ctx.ruleset);
  const { ranked, notes } = rankValidBids(candidates, ctx.ruleset.tieChain);
  addNotes(ctx, product.id, null, notes);
  const invalid = invalidInInputOrder(candidates);
  if (ranked.length === 0) return [selectAndAllocate(product, null, ranked, invalid, lines, ctx)];
  const { a, b } = splitMarketVolumeGroups(ranked, ctx.ruleset.groupAShare);
  const noElimination = a.length < ctx.ruleset.noEliminationBelow;
  const entries = [selectAndAllocate(product, 'A', a, invalid, lines, ctx, { noElimination })];
  if (b.length > 0) entries.push(selectAndAllocate(product, 'B', b, [], [], ctx));
  return entries;
}

function selectAndAllocate(
  product: Product,
  group: string | null,
  ranked: readonly RankedBid[],
  invalid: readonly Candidate[],
  lines: readonly DemandLine[],
  ctx: Context,
  options: SelectionOptions = {},
): ProductResult {
  const selection = selectWinners(ranked, product.form, ctx.ruleset, options);
  for (const v of selection.verdicts) {
    if (v.outcome !== 'revival-offer' || !selection.revivalOffer) continue;
    const { id: bidId, companyId } = v.bid.bid;
    const offerUcp = formatDecimal(selection.revivalOffer, 4);
    ctx.revivalOffers.push({ productId: product.id, group, bidId, companyId, offerUcp });
  }
  const winners = selection.verdicts
    .filter(isWinner)
    .map((v) => ({ companyId: v.bid.bid.companyId, preferences: v.bid.bid.regionPreferences }));
  const volume = computeEntryVolume(lines, winners, product.volumeClass, ctx.ruleset, ctx.regional);
  for (const [companyId, regionId] of volume.defaultPicks) {
    ctx.notes.push({
      productId: product.id,
      group,
      bidId: null,
      text: `⚙ ${companyId} took ${regionId} by default: no free region left in its preferences, so the free region with the largest agreed volume (then code)`,
    });
  }
  return buildProductResult(product.id, group, selection, invalid, winners.length, volume);
}

function invalidInInputOrder(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => !isValid(c)).sort((a, b) => a.inputIndex - b.inputIndex);
}

function addNotes(
  ctx: Context,
  productId: string,
  group: string | null,
  notes: readonly [string, string][],
): void {
  for (const [bidId, text] of notes) ctx.notes.push({ productId, group, bidId, text });
}

function groupByProduct<T extends { productId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.productId);
    if (list) list.push(item);
    else map.set(item.productId, [item]);
  }
  return map;
}

/** Region codes and hospitals in code-point order, once per round: allocation sorts by position. */
function regionalContext(input: RoundInput, ruleset: Ruleset): RegionalContext | null {
  if (ruleset.volumeAllocation !== 'regions' || input.regions === null) return null;
  // a Set filled line by line: mapping 10 M lines first would hold a second 10 M-entry array
  const distinct = new Set<string>();
  for (const line of input.demand) distinct.add(line.institutionId);
  const institutionIds = [...distinct].sort(compareCodePoints);
  return {
    regions: [...input.regions].sort(compareCodePoints),
    backups: ruleset.backups,
    brandRouting: ruleset.brandRouting,
    institutionOrdinal: new Map(institutionIds.map((id, i) => [id, i])),
    institutionIds,
  };
}
