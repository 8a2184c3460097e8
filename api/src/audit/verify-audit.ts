import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { roundOfStream, type AuditFinding } from './audit-finding.js';
import { checkBidLinks } from './cross-check-bids.js';
import {
  checkEvaluations,
  checkOpenedBids,
  checkOpenings,
  checkTechnicalReviews,
} from './cross-check-opening.js';
import * as repo from './cross-check.repository.js';
import { verifyAuditChain, type BrokenLink, type ChainCounts } from './verify-chain.js';

export interface CrossChecked {
  readonly bids: number;
  readonly openedBids: number;
  readonly evaluationRecords: number;
}

export interface AuditReport extends ChainCounts {
  readonly ok: boolean;
  /** the chain's first broken link, or null when the chain is intact */
  readonly broken: BrokenLink | null;
  /** what the business tables hold that the chain does not say (empty when they agree) */
  readonly findings: readonly AuditFinding[];
  readonly checked: CrossChecked;
  /** rounds whose bids the chain records as opened (bids elsewhere are still secret) */
  readonly openedRounds: ReadonlySet<string>;
}

/**
 * `audit verify`: the hash chains, seals and digests (verifyAuditChain), then the business tables
 * against the chain — bids against their links, opened bids against their bids and commitments,
 * openings against their links, evaluation records against their links and published files. The
 * cross-checks read one snapshot (repeatable read), so an opening or a bid committing meanwhile is
 * seen whole or not at all. ok only when the chain is intact and nothing was found.
 */
export async function verifyAudit(db: Kysely<Database>, pageSize?: number): Promise<AuditReport> {
  const chain = await verifyAuditChain(db, pageSize);
  const readAll = async (q: Kysely<Database>) => ({
    bids: await repo.readBidsWithLinks(q),
    opened: await repo.readOpenedBids(q),
    openings: await repo.readOpeningLinks(q),
    reviews: await repo.readReviewLinks(q),
    evaluations: await repo.readEvaluationsWithLinks(q),
  });
  // inside a caller's transaction (a test's), its snapshot is the one to read
  const read = db.isTransaction
    ? await readAll(db)
    : await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(readAll);
  const openedRounds = new Set(read.openings.map((link) => roundOfStream(link.stream) ?? ''));
  const findings = [
    ...checkBidLinks(read.bids, openedRounds),
    ...checkOpenedBids(read.opened),
    ...checkOpenings(read.opened, read.openings),
    ...checkTechnicalReviews(read.opened, read.reviews),
    ...checkEvaluations(read.evaluations),
  ];
  const checked = {
    bids: read.bids.filter((b) => b.id !== null).length,
    openedBids: read.opened.length,
    evaluationRecords: read.evaluations.filter((e) => e.id !== null).length,
  };
  const { events, streams, seals, digests } = chain;
  const broken = chain.ok ? null : chain.broken;
  const ok = broken === null && findings.length === 0;
  return { ok, broken, events, streams, seals, digests, findings, checked, openedRounds };
}
