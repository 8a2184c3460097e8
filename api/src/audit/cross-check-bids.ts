import { finding, roundOfStream, type AuditFinding } from './audit-finding.js';
import type { BidLinkRow } from './cross-check.repository.js';

interface BidLinkPayload {
  readonly commitment?: unknown;
  readonly revision?: unknown;
  readonly sequence?: unknown;
  /** links written since migration 1700: SHA-256 of the stored ciphertexts' jsonb text */
  readonly envelopeHash?: unknown;
  readonly technicalHash?: unknown;
}

/**
 * Each bid row against the latest link of its company stream and product: the link says what the
 * row must hold (revision and sequence, live or withdrawn, commitment, and for links written since
 * migration 1700 the ciphertexts' hashes). A row without a link, or a link without a row, is named.
 * In a round the chain records as opened, every live bid must be among the opened bids.
 */
export function checkBidLinks(
  rows: readonly BidLinkRow[],
  openedRounds: ReadonlySet<string>,
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    if (row.id === null) {
      const roundId = roundOfStream(row.link_stream);
      const what = `${row.link_subject ?? '?'} of ${row.link_stream ?? '?'}`;
      findings.push(
        finding(
          'BID_LINK_WITHOUT_ROW',
          roundId,
          `${what}: audit link seq ${row.link_seq ?? '?'} has no bid row`,
        ),
      );
      continue;
    }
    const bid = `bid ${row.id}`;
    const add = (kind: AuditFinding['kind'], text: string) =>
      findings.push(finding(kind, row.round_id, `${bid}: ${text}`));
    if (row.link_stream === null) {
      add('BID_WITHOUT_LINK', 'no audit link');
      continue;
    }
    const at = `its audit link (seq ${row.link_seq ?? '?'})`;
    const link = (row.link_payload ?? {}) as BidLinkPayload;
    const linkWithdrawn = row.link_action === 'bid.withdrawn';
    if (linkWithdrawn !== row.withdrawn) {
      const state = (withdrawn: boolean | null) => (withdrawn ? 'withdrawn' : 'live');
      add('BID_WITHDRAWAL_DIFFERS', `${state(row.withdrawn)} here, ${state(linkWithdrawn)} in ${at}`);
    }
    if (link.revision !== row.revision || String(link.sequence) !== row.sequence) {
      add(
        'BID_REVISION_DIFFERS',
        `revision ${row.revision} sequence ${row.sequence} here, revision ${String(link.revision)} sequence ${String(link.sequence)} in ${at}`,
      );
    }
    if (!linkWithdrawn && link.commitment !== row.commitment)
      add('BID_COMMITMENT_DIFFERS', `commitment differs from ${at}`);
    if (!linkWithdrawn && link.envelopeHash !== undefined) {
      if (link.envelopeHash !== row.envelope_hash)
        add('BID_CIPHERTEXT_DIFFERS', `ciphertext differs from ${at}`);
      if ((link.technicalHash ?? null) !== row.technical_hash)
        add('BID_CIPHERTEXT_DIFFERS', `technical ciphertext differs from ${at}`);
    }
    if (row.round_id && openedRounds.has(row.round_id) && !row.withdrawn && !row.opened)
      add('BID_NOT_OPENED', 'live when its round was opened, but not among the opened bids');
  }
  return findings;
}
