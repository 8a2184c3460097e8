import { roundOfStream, type AuditFinding } from './audit-finding.js';
import type { AuditReport } from './verify-audit.js';
import type { BrokenLink } from './verify-chain.js';

/**
 * What GET /audit/verify answers. Counts are left out (they would tell how many bids were made
 * before opening; the CLI, with database access, shows them). A caller who may not learn of bids
 * before opening (`seesSealedBids` false: the office) gets findings on a round not yet opened as
 * one line per round, and a broken company stream of such a round without its company or seq:
 * the alarm is raised, the bidder stays unnamed.
 */
export function toChainStatus(report: AuditReport, seesSealedBids: boolean) {
  const sealed = (roundId: string | null): roundId is string =>
    !seesSealedBids && roundId !== null && !report.openedRounds.has(roundId);
  const findings: AuditFinding[] = [];
  const hidden = new Set<string>();
  for (const f of report.findings) {
    if (sealed(f.roundId)) hidden.add(f.roundId);
    else findings.push(f);
  }
  for (const roundId of hidden)
    findings.push({
      kind: 'SEALED_BIDS_DIFFER',
      roundId,
      message: `round ${roundId}: sealed bids differ from the audit chain (an auditor sees which)`,
    });
  return {
    ok: report.ok,
    seals: report.seals,
    digests: report.digests,
    ...(report.broken ? { broken: brokenView(report.broken, sealed) } : {}),
    findings,
  };
}

function brokenView(broken: BrokenLink, sealed: (roundId: string | null) => boolean): BrokenLink {
  const roundId = roundOfStream(broken.stream);
  if (!broken.stream.includes(':company:') || !sealed(roundId)) return broken;
  const reason = 'a company’s bid stream of this round is broken (an auditor sees which)';
  return { stream: `round:${roundId ?? ''}`, seq: '', reason };
}
