import { Dec, ONE } from '../money/decimal.js';
import { round2, round4 } from '../money/rounding.js';
import type { Form, Spec } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';

export interface ComparablePrice {
  readonly unitBidPrice: Dec;
  /** strength × volume × form factor, exact (never rounded, G03) */
  readonly factor: Dec;
  readonly ucp: Dec;
  /** (ceiling − unitBidPrice) / ceiling of the bid's own spec, 4 decimals */
  readonly reduction: Dec;
}

/**
 * docs/rules.md §5: the unit bid price converted to the representative spec.
 * unitBidPrice = round4(pack / units); UCP = round4(unitBidPrice × factor).
 */
export function computeComparablePrice(packPrice: Dec, spec: Spec, factor: Dec): ComparablePrice {
  const unitBidPrice = round4(packPrice.div(spec.unitsPerPack));
  return {
    unitBidPrice,
    factor,
    ucp: round4(unitBidPrice.times(factor)),
    reduction: round4(spec.ceiling.minus(unitBidPrice).div(spec.ceiling)),
  };
}

/** strength × volume × form factor of a spec against the representative spec (exact; one per spec, not per bid). */
export function conversionFactor(spec: Spec, representative: Spec, form: Form, ruleset: Ruleset): Dec {
  return strengthFactor(representative.strength, spec.strength, ruleset.strengthBase)
    .times(volumeFactor(representative.volumeMl, spec.volumeMl, ruleset))
    .times(new Dec(ruleset.formFactors[form] ?? ONE));
}

/** Revival (docs/rules.md §8.2, contract): a UCP back to the bid's own spec and pack, round2(round4(ucp ÷ factor) × units). */
export function packPriceFromUcp(ucp: Dec, factor: Dec, unitsPerPack: number): Dec {
  return round2(round4(ucp.div(factor)).times(unitsPerPack));
}

/** strengthFactor = base ^ log2(S_rep / S_spec): doubling the strength multiplies the price by `base`. */
function strengthFactor(representative: Dec, own: Dec, base: string): Dec {
  return powLog2(new Dec(base), representative.div(own));
}

/** G49: 1 when either volume is null or both are ≤ freeUpToMl; otherwise base ^ log2(V_rep / V_spec). */
function volumeFactor(representative: Dec | null, own: Dec | null, ruleset: Ruleset): Dec {
  const rule = ruleset.volumeFactor;
  if (rule.kind === 'none' || representative === null || own === null) return ONE;
  const free = new Dec(rule.freeUpToMl);
  if (representative.lte(free) && own.lte(free)) return ONE;
  return powLog2(new Dec(rule.base), representative.div(own));
}

/**
 * G03: base ^ log2(ratio), exact as an integer power when the ratio is a power of two (the common
 * case: 5 mg / 10 mg / 20 mg), through logarithms at precision 40 otherwise.
 */
export function powLog2(base: Dec, ratio: Dec): Dec {
  if (ratio.eq(ONE)) return ONE;
  // the float is only a guess at the exponent; the exact check below decides
  const k = Math.round(Math.log2(ratio.toNumber()));
  if (Number.isFinite(k) && new Dec(2).pow(k).eq(ratio)) return base.pow(k);
  return Dec.pow(base, Dec.log2(ratio));
}
