import { compareCodePoints } from '../compare-code-points.js';
import { invariant } from '../invariant.js';
import type { Candidate } from './candidate.js';
import type { TieKey, TieStep } from '../rulesets/ruleset.js';

export type DecidedBy = TieKey | 'submittedAt' | 'bidId';

/**
 * docs/rules.md §7: the total order of valid bids: the ruleset's tie chain, then ⚙ submittedAt (instant,
 * G26), then bid id in code-point order, so equal UCPs never share a rank.
 */
export function compareByRank(chain: readonly TieStep[]): (a: Candidate, b: Candidate) => number {
  return (a, b) => decideOrder(chain, a, b).order;
}

/** Which key of the chain separated two bids: the explanation trail names ⚙ conventions when they decided. */
export function decideOrder(
  chain: readonly TieStep[],
  a: Candidate,
  b: Candidate,
): { order: number; by: DecidedBy } {
  for (const step of chain) {
    const nulls = compareMissing(step.key, a, b);
    if (nulls !== 0) return { order: nulls, by: step.key };
    const c = compareKey(step.key, a, b);
    if (c !== 0) return { order: step.order === 'asc' ? c : -c, by: step.key };
  }
  const t = a.bid.submittedAtInstant.cmp(b.bid.submittedAtInstant);
  if (t !== 0) return { order: t, by: 'submittedAt' };
  return { order: compareCodePoints(a.bid.id, b.bid.id), by: 'bidId' };
}

function compareKey(key: TieKey, a: Candidate, b: Candidate): number {
  switch (key) {
    case 'ucp':
      invariant(a.price && b.price, 'ranked bids have prices');
      return a.price.ucp.cmp(b.price.ucp);
    case 'creditRank':
    case 'regionsSuppliedLastYear':
    case 'salesVolume':
      return Math.sign(a.bid.company[key] - b.bid.company[key]);
    case 'consistencyPassedOn':
    case 'approvalDate': {
      const x = a.bid[key] ?? '',
        y = b.bid[key] ?? '';
      return x === y ? 0 : x < y ? -1 : 1;
    }
    default: {
      const exhaustive: never = key;
      throw new Error(`unknown tie key ${String(exhaustive)}`);
    }
  }
}

/** A missing date ranks after every date whatever the step's direction (contract: null last). */
function compareMissing(key: TieKey, a: Candidate, b: Candidate): number {
  if (key !== 'consistencyPassedOn' && key !== 'approvalDate') return 0;
  const x = a.bid[key],
    y = b.bid[key];
  if ((x === null) === (y === null)) return 0;
  return x === null ? 1 : -1;
}
