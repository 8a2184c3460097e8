import { Dec } from '../money/decimal.js';
import { round4 } from '../money/rounding.js';
import type { ProductStatus, QualifyingCondition } from '../evaluation-result.js';
import type { Flag } from '../eligibility/reason-codes.js';
import type { Form } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { packPriceFromUcp } from '../pricing/comparable-price.js';
import {
  anchorConditionsMet,
  anchorFigures,
  spreadConditionsMet,
  spreadThreshold,
} from './price-conditions.js';
import type { RankedBid } from './ranked-bid.js';
import { maxShortlist } from './shortlist.js';
import type { Verdict } from './verdict.js';

export interface Selection {
  readonly status: ProductStatus;
  readonly maxShortlist: number;
  readonly lowestUcp: Dec | null;
  readonly meanUcp: Dec | null;
  readonly anchorUcp: Dec | null;
  readonly thresholdUcp: Dec | null;
  readonly verdicts: Verdict[];
  /** G13/G44: the UCP offered to the shortlisted bids that failed, when the price condition revives */
  readonly revivalOffer?: Dec | null;
}

export interface SelectionOptions {
  /** gd-alliance group A below `noEliminationBelow` bids: all shortlisted, all win (G21) */
  readonly noElimination?: boolean;
}

type Decision = { won: QualifyingCondition[] | null; revival?: true };

/** docs/rules.md §8: who among the shortlist wins, and at what price, under the ruleset's price condition. */
export function selectWinners(
  ranked: readonly RankedBid[],
  form: Form,
  ruleset: Ruleset,
  options: SelectionOptions = {},
): Selection {
  const n = ranked.length;
  if (n === 0) return emptySelection();
  const m = options.noElimination ? n : maxShortlist(n, ruleset.shortlistTable);
  const shortlist = ranked.slice(0, m);
  const low = (ranked[0] as RankedBid).price.ucp;
  const figures = { maxShortlist: m, lowestUcp: low, meanUcp: null, anchorUcp: null } as const;

  if (ruleset.negotiateSingleBid && n === 1) {
    // G23: the single bid is negotiated (议价), not awarded
    const verdicts = [verdict(ranked[0] as RankedBid, 1, true, 'negotiation', [], [], null)];
    return { ...figures, status: 'negotiation', thresholdUcp: spreadThreshold(low, ruleset), verdicts };
  }

  // G21/G46: gd-alliance group A below `noEliminationBelow` bids: every bid wins whatever the price rule
  const condition = options.noElimination ? 'spread' : ruleset.priceCondition;
  let threshold: Dec | null = condition === 'lowest' ? null : spreadThreshold(low, ruleset);
  let anchor: ReturnType<typeof anchorFigures> | null = null;
  let decide: (bid: RankedBid, index: number) => Decision;
  switch (condition) {
    case 'spread':
      decide = (bid) => {
        const met = spreadConditionsMet(bid, threshold as Dec, form, ruleset);
        if (options.noElimination) return { won: [...met, 'GROUP_A_NO_ELIMINATION'] };
        return { won: met.length > 0 ? met : null };
      };
      break;
    case 'spread-revival':
      decide = (bid) => {
        const met = spreadConditionsMet(bid, threshold as Dec, form, ruleset);
        return met.length > 0 ? { won: met } : { won: null, revival: true };
      };
      break;
    case 'anchor':
      anchor = anchorFigures(shortlist, ruleset);
      threshold = anchor.threshold;
      decide = (bid) => {
        const met = anchorConditionsMet(bid, (anchor as NonNullable<typeof anchor>).threshold, form, ruleset);
        return met.length > 0 ? { won: met } : { won: null, revival: true };
      };
      break;
    case 'lowest':
      decide = (_bid, index) => ({ won: index === 0 ? ['LOWEST'] : null });
      break;
    default: {
      const exhaustive: never = condition;
      throw new Error(`unknown price condition ${String(exhaustive)}`);
    }
  }

  const thin = ruleset.thinCompetition;
  // G22: too few bidders and too small a cut: nobody wins
  const thinFails =
    !options.noElimination &&
    thin !== null &&
    n <= thin.maxBidders &&
    (ranked[0] as RankedBid).price.reduction.lt(new Dec(thin.minReduction));
  const decisions = shortlist.map((bid, i): Decision => (thinFails ? { won: null } : decide(bid, i)));
  const ruleOneWinners = shortlist.filter((_, i) => decisions[i]?.won);
  const offer = revivalOffer(ruleOneWinners, condition, threshold);

  const flagged = (bid: RankedBid): Flag[] =>
    anchor && bid.price.ucp.lt(anchor.halfMean) ? ['BELOW_HALF_MEAN'] : [];
  const verdicts = ranked.map((bid, i): Verdict => {
    const rank = i + 1;
    const d = decisions[i];
    if (!d) return verdict(bid, rank, false, 'not-shortlisted', [], flagged(bid), null);
    if (d.won)
      return verdict(bid, rank, true, 'winner', d.won, flagged(bid), bid.price.ucp, bid.bid.packPrice);
    if (!d.revival || !offer)
      return verdict(bid, rank, true, 'price-condition-failed', [], flagged(bid), null);
    switch (bid.bid.revival) {
      case 'accept': {
        const pack = packPriceFromUcp(offer, bid.price.factor, bid.spec.unitsPerPack);
        return verdict(bid, rank, true, 'revival-winner', ['REVIVAL'], flagged(bid), offer, pack);
      }
      case 'decline':
        return verdict(bid, rank, true, 'price-condition-failed', [], flagged(bid), null);
      default:
        return verdict(bid, rank, true, 'revival-offer', [], flagged(bid), null);
    }
  });
  const status: ProductStatus = verdicts.some((v) => v.outcome === 'revival-offer')
    ? 'awaiting-revival'
    : verdicts.some((v) => v.outcome === 'winner' || v.outcome === 'revival-winner')
      ? 'awarded'
      : 'no-winner';
  return {
    ...figures,
    meanUcp: anchor?.meanUcp ?? null,
    anchorUcp: anchor ? round4(anchor.anchor) : null,
    thresholdUcp: threshold,
    status,
    verdicts,
    revivalOffer: offer,
  };
}

/**
 * docs/rules.md §8.2, G44: the revival offer is the highest UCP among the rule-1 winners; under spread-revival with a
 * single rule-1 winner it is the published threshold round4(1.8 × low).
 */
function revivalOffer(
  winners: readonly RankedBid[],
  condition: Ruleset['priceCondition'],
  threshold: Dec | null,
): Dec | null {
  if (winners.length === 0) return null;
  if (condition === 'spread-revival' && winners.length === 1) return threshold;
  return Dec.max(...winners.map((w) => w.price.ucp));
}

function verdict(
  bid: RankedBid,
  rank: number,
  shortlisted: boolean,
  outcome: Verdict['outcome'],
  qualifiedBy: QualifyingCondition[],
  flags: Flag[],
  winningUcp: Dec | null,
  winningPackPrice: Dec | null = null,
): Verdict {
  return { bid, rank, shortlisted, outcome, qualifiedBy, flags, winningUcp, winningPackPrice };
}

function emptySelection(): Selection {
  return {
    status: 'no-valid-bids',
    maxShortlist: 0,
    lowestUcp: null,
    meanUcp: null,
    anchorUcp: null,
    thresholdUcp: null,
    verdicts: [],
  };
}
