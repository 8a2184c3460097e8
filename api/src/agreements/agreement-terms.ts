import { agreementCycle, type EvaluationResult } from '@jicai/domain';
import { awardedPrices, awardKey, type PricedInput } from '../award/awarded-prices.js';

/** What every line of one winner's entry is agreed on: price, spec and cycle (one per product × group × company). */
export interface AgreementTerms {
  readonly product_id: string;
  readonly group_key: string | null;
  readonly company_id: string;
  readonly spec_code: string;
  readonly units_per_pack: number;
  /** the awarded price per pack, a decimal string */
  readonly pack_price: string;
  readonly cycle_start: string;
  readonly cycle_end: string;
}

/**
 * The terms of every winner of every awarded entry of the published evaluation: the awarded price of
 * the spec it bid (docs/rules.md §8) and the entry's cycle (docs/rules.md §10) counted from the day the agreed volumes
 * were fixed (`agreedOn`, Beijing date). Entries without a cycle (no winner) agree nothing.
 */
export function agreementTerms(
  input: PricedInput,
  result: EvaluationResult,
  productIdByCode: ReadonlyMap<string, string>,
  agreedOn: string,
): AgreementTerms[] {
  const prices = awardedPrices(input, result);
  const terms: AgreementTerms[] = [];
  for (const entry of result.products) {
    const productId = productIdByCode.get(entry.productId);
    if (entry.cycleYears === null || productId === undefined) continue;
    const cycle = agreementCycle(agreedOn, entry.cycleYears);
    const companies = new Set(entry.bids.map((b) => b.companyId));
    for (const companyId of companies) {
      const price = prices.get(awardKey(entry.productId, entry.group, companyId));
      if (!price) continue;
      terms.push({
        product_id: productId,
        group_key: entry.group,
        company_id: companyId,
        spec_code: price.specCode,
        units_per_pack: price.unitsPerPack,
        pack_price: price.packPrice,
        cycle_start: cycle.start,
        cycle_end: cycle.end,
      });
    }
  }
  return terms;
}
