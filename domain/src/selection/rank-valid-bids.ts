import type { RankedBid } from './ranked-bid.js';
import { isValid, type Candidate } from './candidate.js';
import { compareByRank, decideOrder } from './rank.js';
import type { TieStep } from '../rulesets/ruleset.js';

export interface Ranking {
  /** valid bids in rank order, affiliates removed */
  readonly ranked: RankedBid[];
  /** ⚙ conventions that decided an order: [bid id, text] */
  readonly notes: [string, string][];
}

/**
 * docs/rules.md §7: the valid bids in total order; ⚙ bids of one affiliate group occupy one slot, the best-ranked
 * stays and the others become invalid with AFFILIATE_DUPLICATE (decided after ranking, contract).
 */
export function rankValidBids(candidates: readonly Candidate[], chain: readonly TieStep[]): Ranking {
  const sorted = candidates.filter(isValid).sort(compareByRank(chain));
  const seenGroups = new Set<string>();
  const ranked: RankedBid[] = [];
  const notes: [string, string][] = [];
  for (const c of sorted) {
    const group = c.bid.company.affiliateGroup;
    if (group !== null && seenGroups.has(group)) {
      c.reasons.push('AFFILIATE_DUPLICATE');
      notes.push([
        c.bid.id,
        `⚙ affiliate group "${group}" holds one slot: a better-ranked bid of the group stays`,
      ]);
      continue;
    }
    if (group !== null) seenGroups.add(group);
    ranked.push(c as RankedBid);
  }
  for (let i = 1; i < ranked.length; i++) {
    const prev = ranked[i - 1] as RankedBid,
      cur = ranked[i] as RankedBid;
    const { by } = decideOrder(chain, prev, cur);
    if (by === 'submittedAt' || by === 'bidId') {
      notes.push([
        cur.bid.id,
        `⚙ ranked after ${prev.bid.id} by ${by === 'submittedAt' ? 'earlier submission' : 'bid id'} (tie chain exhausted)`,
      ]);
    }
  }
  return { ranked, notes };
}
