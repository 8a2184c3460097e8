import { amountOf, awardedPrices, awardKey } from '../award/awarded-prices.js';
import { valueOf } from './ocds-value.js';
import { awardId, entryId, itemId, orgRef, Parties, type Json } from './release-parts.js';
import { awardsOf } from './release-awards.js';
import { recordOf } from './release-bids.js';
import type { RoundFacts } from './round-facts.js';

/**
 * Once volumes are agreed: one contract per hospital × winning company × product entry, the line of
 * the purchase agreement (购销协议) between them (`agreementId` groups the lines of one agreement),
 * at the awarded price, from the stored agreed volumes. The awards are repeated with the regions
 * picked online (primary and backup supplier per region).
 */
export function contractsRelease(
  facts: RoundFacts,
  code: string,
  seq: number | null,
  date: string,
): Json | null {
  const record = recordOf(facts, seq);
  if (!record) return null;
  const prices = awardedPrices(record.input, record.output);
  const cycles = new Map(record.output.products.map((e) => [entryId(e.productId, e.group), e.cycleYears]));
  const parties = new Parties();
  // the winners bid: their role as tenderer is repeated, as a compiled release keeps the latest roles
  for (const entry of record.output.products)
    for (const bid of entry.bids)
      if (bid.outcome === 'winner' || bid.outcome === 'revival-winner')
        parties.add(bid.companyId, orgRef(facts, bid.companyId).name as string, 'tenderer');
  const awards = awardsOf(facts, record, 'active', date, parties, true);
  const contracts = facts.agreedVolumes.map((line) => {
    const price = prices.get(awardKey(line.product_code, line.group_key, line.company_id));
    const supplier = orgRef(facts, line.company_id);
    const hospital = line.hospital_id === null ? null : orgRef(facts, line.hospital_id);
    if (hospital) parties.add(line.hospital_id as string, hospital.name as string, 'buyer');
    const entry = entryId(line.product_code, line.group_key);
    const cycleYears = cycles.get(entry) ?? null;
    const agreement = `${line.hospital_id ?? 'all'}/${line.company_id}`;
    return {
      id: `${line.hospital_id ?? 'all'}/${entry}/${line.company_id}`,
      awardID: awardId(line.product_code, line.group_key, line.company_id),
      title: `购销协议：${hospital ? (hospital.name as string) : '全部医疗机构'} — ${supplier.name as string}（${entry}）`,
      status: 'active',
      ...(price ? { value: valueOf(amountOf(price, line.quantity)) } : {}),
      items: [
        {
          id: price ? itemId(line.product_code, price.specCode) : entry,
          quantity: Number(line.quantity),
          unit: { name: '最小制剂单位' },
        },
      ],
      agreementId: agreement,
      ...(hospital ? { hospital } : {}),
      supplier,
      agreedVolume: Number(line.quantity),
      ...(price ? { packPrice: valueOf(price.packPrice), unitsPerPack: price.unitsPerPack } : {}),
      ...(cycleYears === null ? {} : { cycleYears }),
    };
  });
  return { tag: ['awardUpdate', 'contract'], parties: parties.list(), awards, contracts };
}
