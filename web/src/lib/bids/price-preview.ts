import type { Form, Ruleset } from '@jicai/domain';
import { Dec } from '@jicai/domain/money/decimal';
import { formatDecimal } from '@jicai/domain/money/rounding';
import { exceedsCeiling } from '@jicai/domain/pricing/ceiling';
import { computeComparablePrice, conversionFactor } from '@jicai/domain/pricing/comparable-price';

/** A spec as the catalogue lists it (decimal strings). */
export interface SpecTerms {
  readonly code: string;
  readonly strength: string;
  readonly unitsPerPack: number;
  readonly volumeMl: string | null;
  readonly ceiling: string;
}

/** What the conversion to the representative spec needs (the round's frozen ruleset). */
export interface PricingContext {
  readonly form: Form;
  readonly representative: SpecTerms;
  readonly ruleset: Pick<Ruleset, 'strengthBase' | 'volumeFactor' | 'formFactors'> | null;
}

export interface PricePreview {
  readonly unitBidPrice: string;
  /** null when the round's ruleset is not at hand */
  readonly ucp: string | null;
  readonly ceiling: string;
  readonly reduction: string;
  readonly exceedsCeiling: boolean;
}

/** The API's spelling of a pack price (bids.schema.ts): the preview shows nothing for anything else. */
const PACK_PRICE = /^(0|[1-9][0-9]{0,9})(\.[0-9]{1,2})?$/;

const toSpec = (s: SpecTerms) => ({
  id: s.code,
  strength: new Dec(s.strength),
  strengthUnit: null,
  unitsPerPack: s.unitsPerPack,
  volumeMl: s.volumeMl === null ? null : new Dec(s.volumeMl),
  ceiling: new Dec(s.ceiling),
});

/**
 * The unit bid price, the unit comparable price and the ceiling check of a pack price as typed,
 * by the rules engine's own functions (docs/rules.md §5–6): what the evaluation will compute.
 */
export function previewPrice(packPrice: string, spec: SpecTerms, ctx: PricingContext): PricePreview | null {
  const typed = packPrice.trim();
  if (!PACK_PRICE.test(typed) || !/[1-9]/.test(typed)) return null;
  const own = toSpec(spec);
  const factor = ctx.ruleset
    ? conversionFactor(own, toSpec(ctx.representative), ctx.form, ctx.ruleset as Ruleset)
    : new Dec(1);
  const price = computeComparablePrice(new Dec(typed), own, factor);
  return {
    unitBidPrice: formatDecimal(price.unitBidPrice, 4),
    ucp: ctx.ruleset ? formatDecimal(price.ucp, 4) : null,
    ceiling: formatDecimal(own.ceiling, 4),
    reduction: formatDecimal(price.reduction, 4),
    exceedsCeiling: exceedsCeiling(price.unitBidPrice, own),
  };
}
