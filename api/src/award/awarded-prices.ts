import { contractedAmount, Dec, formatDecimal, type EvaluationResult } from '@jicai/domain';

/** What the published input says of a bid's spec: enough to price its agreed units. */
export interface PricedInput {
  readonly products: readonly {
    readonly id: string;
    readonly specs: readonly { readonly id: string; readonly unitsPerPack: number }[];
  }[];
  readonly bids: readonly { readonly id: string; readonly specId: string }[];
}

/** A winner's awarded price (中选价): its winningPackPrice, per pack of the spec it bid. */
export interface AwardedPrice {
  readonly specCode: string;
  readonly unitsPerPack: number;
  /** 2 decimals */
  readonly packPrice: string;
}

export const awardKey = (productCode: string, group: string | null, companyId: string) =>
  `${productCode}|${group ?? ''}|${companyId}`;

const isWinner = (outcome: string) => outcome === 'winner' || outcome === 'revival-winner';

/**
 * The awarded price of every winner of every entry, from the published documents (docs/rules.md §8:
 * `winningPackPrice`, a revival winner's converted back to its own pack): the price an agreed volume
 * is bought at.
 */
export function awardedPrices(input: PricedInput, result: EvaluationResult): Map<string, AwardedPrice> {
  const units = new Map(
    input.products.flatMap((p) => p.specs.map((s) => [`${p.id}|${s.id}`, s.unitsPerPack] as const)),
  );
  const specOf = new Map(input.bids.map((b) => [b.id, b.specId]));
  const prices = new Map<string, AwardedPrice>();
  for (const entry of result.products) {
    for (const bid of entry.bids) {
      const specCode = specOf.get(bid.bidId);
      const unitsPerPack = specCode === undefined ? undefined : units.get(`${entry.productId}|${specCode}`);
      if (!isWinner(bid.outcome) || bid.winningPackPrice === null || unitsPerPack === undefined) continue;
      prices.set(awardKey(entry.productId, entry.group, bid.companyId), {
        specCode: specCode as string,
        unitsPerPack,
        packPrice: bid.winningPackPrice,
      });
    }
  }
  return prices;
}

/** The amount of an agreed volume at its awarded price, to the fen (decimal string). */
export function amountOf(price: AwardedPrice, agreedVolume: string): string {
  return formatDecimal(
    contractedAmount(new Dec(price.packPrice), BigInt(agreedVolume), price.unitsPerPack),
    2,
  );
}
