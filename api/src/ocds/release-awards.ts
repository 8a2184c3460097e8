import type { ProductResult } from '@jicai/domain';
import { amountOf, awardedPrices, awardKey } from '../award/awarded-prices.js';
import { valueOf } from './ocds-value.js';
import { awardId, computationOf, itemId, orgRef, Parties, type Json } from './release-parts.js';
import { bidsSection, recordOf } from './release-bids.js';
import type { PublishedRecord, RoundFacts } from './round-facts.js';

const isWinner = (outcome: string) => outcome === 'winner' || outcome === 'revival-winner';

/**
 * Primary and backup regions of a winner, as picked in region selection (online or by default when
 * a turn ran out): final only once volumes are agreed, so published with the contracts.
 */
function supplyRegionsOf(facts: RoundFacts, entry: ProductResult, companyId: string): Json[] {
  return facts.regionPicks
    .filter(
      (k) => k.product_code === entry.productId && k.group_key === entry.group && k.company_id === companyId,
    )
    .map((k) => ({ id: k.region_code, name: k.region_name, role: k.kind }));
}

/** A winner's agreed volume in the published allocations, or null before they are known. */
function winnerVolume(entry: ProductResult, companyId: string): bigint | null {
  const lines = entry.allocations.filter((a) => a.companyId === companyId);
  return lines.length === 0 ? null : lines.reduce((sum, a) => sum + BigInt(a.agreedVolume), 0n);
}

/**
 * One award per winner of each product entry, at its awarded (winning) price; with `picked` (volumes
 * agreed) also the regions it supplies.
 */
export function awardsOf(
  facts: RoundFacts,
  record: PublishedRecord,
  status: 'pending' | 'active',
  date: string,
  parties: Parties,
  picked = false,
): Json[] {
  const prices = awardedPrices(record.input, record.output);
  const awards: Json[] = [];
  for (const entry of record.output.products) {
    for (const bid of entry.bids) {
      if (!isWinner(bid.outcome)) continue;
      const supplier = orgRef(facts, bid.companyId);
      parties.add(bid.companyId, supplier.name as string, 'supplier');
      const price = prices.get(awardKey(entry.productId, entry.group, bid.companyId));
      const volume = winnerVolume(entry, bid.companyId);
      awards.push({
        id: awardId(entry.productId, entry.group, bid.companyId),
        title: `${entry.productId}${entry.group === null ? '' : ` ${entry.group}`} 中选：${supplier.name as string}`,
        status,
        date,
        suppliers: [supplier],
        ...(price && volume !== null ? { value: valueOf(amountOf(price, volume.toString())) } : {}),
        ...(price
          ? {
              items: [
                {
                  id: itemId(entry.productId, price.specCode),
                  ...(volume !== null ? { quantity: Number(volume) } : {}),
                  unit: { name: '最小制剂单位' },
                },
              ],
            }
          : {}),
        productCode: entry.productId,
        ...(entry.group === null ? {} : { group: entry.group }),
        rank: bid.rank,
        ...(bid.winningUcp === null ? {} : { unitComparablePrice: valueOf(bid.winningUcp) }),
        ...(price ? { packPrice: valueOf(price.packPrice), unitsPerPack: price.unitsPerPack } : {}),
        ...(entry.cycleYears === null ? {} : { cycleYears: entry.cycleYears }),
        ...(volume !== null ? { agreedVolume: Number(volume) } : {}),
        ...(picked ? { supplyRegions: supplyRegionsOf(facts, entry, bid.companyId) } : {}),
        computation: computationOf(facts, record),
      });
    }
  }
  return awards;
}

/**
 * The proposed winners (拟中选, status pending, at their publication) and the award (active): the
 * awards with the evaluated bids, from the record then latest.
 */
export function awardRelease(
  facts: RoundFacts,
  code: string,
  seq: number | null,
  final: boolean,
  date: string,
): Json | null {
  const record = recordOf(facts, seq);
  if (!record) return null;
  const parties = new Parties();
  const bids = bidsSection(facts, record, parties, true);
  const awards = awardsOf(facts, record, final ? 'active' : 'pending', date, parties);
  return {
    tag: [final ? 'awardUpdate' : 'award'],
    parties: parties.list(),
    tender: { id: code, status: final ? 'complete' : 'active' },
    bids,
    awards,
  };
}
