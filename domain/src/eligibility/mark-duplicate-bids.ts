import { compareCodePoints } from '../compare-code-points.js';
import type { Candidate } from '../selection/candidate.js';

/**
 * docs/rules.md §6 and G28: one bid per company and product (or product × group). The latest submittedAt stands,
 * ties by the greater id, whatever its other reasons; every other bid of the company is a duplicate.
 */
export function markDuplicateBids(candidates: readonly Candidate[]): void {
  const standing = new Map<string, Candidate>();
  for (const c of candidates) {
    const current = standing.get(c.bid.companyId);
    if (!current || isLater(c, current)) standing.set(c.bid.companyId, c);
  }
  for (const c of candidates) {
    if (standing.get(c.bid.companyId) !== c) c.reasons.push('DUPLICATE_COMPANY_BID');
  }
}

function isLater(a: Candidate, b: Candidate): boolean {
  const t = a.bid.submittedAtInstant.cmp(b.bid.submittedAtInstant);
  return t !== 0 ? t > 0 : compareCodePoints(a.bid.id, b.bid.id) > 0;
}
