import { Dec } from '../money/decimal.js';
import { round2 } from '../money/rounding.js';

/**
 * docs/rules.md §12: the annual contracted amount (约定采购金额) of an agreed volume. Agreed volumes count smallest
 * units (片/粒/支, docs/rules.md §1) and the awarded price is per pack of the winner's spec, so the
 * amount is `packPrice × agreedVolume ÷ unitsPerPack`. ⚙ Rounded half up to the fen once, at the
 * end (the spec fixes no rounding; the prepayment minimum of docs/rules.md §12.2 starts from this amount).
 */
export function contractedAmount(packPrice: Dec, agreedVolume: number | bigint, unitsPerPack: number): Dec {
  return round2(packPrice.times(new Dec(agreedVolume.toString())).dividedBy(unitsPerPack));
}
