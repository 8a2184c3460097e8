import type { BidResult } from '@jicai/domain';
import { valueOf } from './ocds-value.js';
import { computationOf, isoOf, itemId, orgRef, Parties, type Json } from './release-parts.js';
import type { PublishedRecord, RoundFacts } from './round-facts.js';

/**
 * The record a release rests on. A round that reached a stage past the opening through the
 * platform always has one; a round written into that state some other way (a fixture, a repair)
 * has none, and the release that would rest on it is not published rather than made up.
 */
export function recordOf(facts: RoundFacts, seq: number | null): PublishedRecord | undefined {
  return seq === null ? undefined : facts.records.get(seq);
}

/** Bid counts: all, and per product (the input's bids are the opened, decrypted ones). */
function statistics(record: PublishedRecord, valid: boolean): Json[] {
  const perProduct = new Map<string, number>();
  for (const b of record.input.bids) perProduct.set(b.productId, (perProduct.get(b.productId) ?? 0) + 1);
  const stats: Json[] = [{ id: 'bids', measure: 'bids', value: record.input.bids.length }];
  for (const [product, n] of perProduct)
    stats.push({ id: `bids/${product}`, measure: 'bids', value: n, relatedProduct: product });
  if (valid)
    for (const entry of record.output.products)
      stats.push({
        id: `validBids/${entry.productId}${entry.group === null ? '' : `.${entry.group}`}`,
        measure: 'validBids',
        value: entry.validBids,
        relatedProduct: entry.productId,
      });
  return stats;
}

/** What the evaluation said of each bid, once the proposed winners are published. */
function evaluated(record: PublishedRecord): Map<string, BidResult> {
  return new Map(record.output.products.flatMap((e) => e.bids.map((b) => [b.bidId, b] as const)));
}

/**
 * The bids section (bids extension style: statistics and details). At the opening: who bid which
 * spec at which pack price and when, status pending; with `outcomes` (the proposed winners are
 * public) also each bid's validity, rank, unit comparable price and outcome.
 */
export function bidsSection(
  facts: RoundFacts,
  record: PublishedRecord,
  parties: Parties,
  outcomes: boolean,
): Json {
  const results = outcomes ? evaluated(record) : new Map<string, BidResult>();
  const details = record.input.bids.map((b) => {
    const company = orgRef(facts, b.companyId);
    parties.add(b.companyId, company.name as string, 'tenderer');
    const result = results.get(b.id);
    return {
      id: b.id,
      date: isoOf(b.submittedAt),
      status: result === undefined ? 'pending' : result.outcome === 'invalid' ? 'disqualified' : 'valid',
      tenderers: [company],
      value: valueOf(b.packPrice),
      relatedItem: itemId(b.productId, b.specId),
      ...(result === undefined
        ? {}
        : {
            outcome: result.outcome,
            rank: result.rank,
            ...(result.ucp === null ? {} : { unitComparablePrice: valueOf(result.ucp) }),
          }),
    };
  });
  return { statistics: statistics(record, outcomes), details, computation: computationOf(facts, record) };
}

/** At the opening: the bids, without any outcome (no winner before the proposed winners are published). */
export function bidsRelease(facts: RoundFacts, code: string, seq: number | null): Json | null {
  const record = recordOf(facts, seq);
  if (!record) return null;
  const parties = new Parties();
  const bids = bidsSection(facts, record, parties, false);
  const tenderers = new Set(record.input.bids.map((b) => b.companyId));
  return {
    tag: ['tenderUpdate'],
    parties: parties.list(),
    tender: { id: code, status: 'active', numberOfTenderers: tenderers.size },
    bids,
  };
}
