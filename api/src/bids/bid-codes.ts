import type { Db } from '../db/database.js';
import { matchCode } from '../http/ids.js';
import { roundSealing } from './bid-round-cache.js';

export interface BidCodes {
  readonly productCode: string;
  readonly specCode?: string;
}

/**
 * The catalogue's spelling of the product and spec codes a company typed, matched without regard
 * to case, before anything (request hash, commitment, sealing, receipt, audit subject) is computed
 * from them: opening recomputes the commitment from the stored spelling (issue 8 §1). A code that
 * matches nothing is passed on as typed; the write then refuses it, so it is never stored.
 */
export async function canonicalBidCodes(db: Db, roundId: string, typed: BidCodes): Promise<BidCodes> {
  for (const fresh of [false, true]) {
    const round = await roundSealing(db, roundId, fresh);
    if (!round) return typed;
    if (spelledAsStored(round, typed)) return typed; // the common case: no search
    const productCode = matchCode(round.products.keys(), typed.productCode);
    if (productCode === undefined) continue; // perhaps remembered before the product was added
    if (typed.specCode === undefined) return { productCode };
    const specCode = matchCode(round.specs.get(productCode) ?? [], typed.specCode) ?? typed.specCode;
    return { productCode, specCode };
  }
  return typed;
}

const spelledAsStored = (
  round: { products: ReadonlyMap<string, unknown>; specs: ReadonlyMap<string, Iterable<string>> },
  typed: BidCodes,
) => {
  if (!round.products.has(typed.productCode)) return false;
  if (typed.specCode === undefined) return true;
  for (const spec of round.specs.get(typed.productCode) ?? []) if (spec === typed.specCode) return true;
  return false;
};
