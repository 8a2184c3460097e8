import { bidCommitment, digestText } from '../bids/bid-commitment.js';
import { finding, roundOfStream, type AuditFinding } from './audit-finding.js';
import type {
  EvaluationLinkRow,
  OpenedBidRow,
  OpeningLinkRow,
  ReviewLinkRow,
} from './cross-check.repository.js';

/**
 * Each opened bid against the bid it was opened from, and its price re-derived: the round key is
 * gone after opening, so the ciphertext cannot be opened again; instead the commitment is
 * recomputed from the opened spec, price and revealed salt (and the technical text's digest) and
 * must equal the bid's, which its audit link fixed at submission. A price set after opening fails.
 */
export function checkOpenedBids(rows: readonly OpenedBidRow[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    const add = (kind: AuditFinding['kind'], text: string) =>
      findings.push(finding(kind, row.round_id, `opened bid ${row.id}: ${text}`));
    if (!row.bid_found) add('OPENED_BID_WITHOUT_BID', `its bid ${row.bid_id} is gone`);
    else if (row.bid_commitment !== row.commitment)
      add('OPENED_BID_COMMITMENT_DIFFERS', `commitment differs from its bid ${row.bid_id}`);
    if (row.status !== 'opened') continue;
    if (row.salt === null) {
      add('OPENED_BID_NOT_REVEALED', 'no revealed salt, so its price cannot be re-derived');
      continue;
    }
    const rederived =
      row.product_code !== null && row.spec_code !== null && row.pack_price !== null
        ? bidCommitment({
            roundId: row.round_id,
            productCode: row.product_code,
            companyId: row.company_id,
            specCode: row.spec_code,
            packPrice: row.pack_price,
            salt: row.salt,
            technicalDigest: row.technical === null ? undefined : digestText(row.technical),
          })
        : null;
    if (rederived !== row.commitment)
      add('OPENED_PRICE_NOT_COMMITTED', `spec or price does not match the commitment of bid ${row.bid_id}`);
  }
  return findings;
}

/**
 * Each technical pass/fail against the last review the chain records for that opened bid: the
 * review decides eligibility, so a flipped verdict is named like a changed price.
 */
export function checkTechnicalReviews(rows: readonly OpenedBidRow[], links: readonly ReviewLinkRow[]) {
  const reviewed = new Map<string, { pass: boolean | undefined; seq: string }>();
  for (const link of links)
    for (const review of link.payload?.reviews ?? [])
      reviewed.set(review.openedBidId ?? '', { pass: review.pass, seq: link.seq });
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    const review = reviewed.get(row.id);
    if ((review?.pass ?? null) === row.technical_pass) continue;
    const linked = review
      ? `${String(review.pass)} in its review link (seq ${review.seq})`
      : 'no review link';
    const text = `opened bid ${row.id}: technical pass ${String(row.technical_pass)} here, ${linked}`;
    findings.push(finding('OPENED_BID_REVIEW_DIFFERS', row.round_id, text));
  }
  return findings;
}

/**
 * The opened bids of each round against the round's last opening link: as many opened, and the
 * same bids tampered; opened bids of a round the chain never opened are named too.
 */
export function checkOpenings(
  rows: readonly OpenedBidRow[],
  links: readonly OpeningLinkRow[],
): AuditFinding[] {
  const last = new Map<string, OpeningLinkRow>();
  for (const link of links) {
    const roundId = roundOfStream(link.stream);
    if (roundId) last.set(roundId, link);
  }
  const byRound = new Map<string, OpenedBidRow[]>();
  for (const row of rows) {
    const list = byRound.get(row.round_id);
    if (list) list.push(row);
    else byRound.set(row.round_id, [row]);
  }
  const findings: AuditFinding[] = [];
  for (const roundId of new Set([...last.keys(), ...byRound.keys()])) {
    const link = last.get(roundId);
    const opened = byRound.get(roundId) ?? [];
    const add = (text: string) =>
      findings.push(finding('OPENING_DIFFERS', roundId, `round ${roundId}: ${text}`));
    if (!link) {
      add(`${opened.length} opened bids, but no opening in its audit chain`);
      continue;
    }
    const status = link.action === 'bids.opened' ? 'opened' : 'technical-opened';
    const count = opened.filter((r) => r.status === status).length;
    const tampered = opened.filter((r) => r.status === 'tampered').map((r) => r.bid_id);
    const linked = (link.payload?.tampered ?? []).map((t) => t.bidId ?? '');
    const says = `its opening link (seq ${link.seq}) says ${String(link.payload?.opened)} and ${linked.length}`;
    if (
      count !== link.payload?.opened ||
      tampered.length !== linked.length ||
      opened.length !== count + tampered.length
    )
      add(`${count} opened and ${tampered.length} tampered bids of ${opened.length}, ${says}`);
    else if ([...tampered].sort().join() !== [...linked].sort().join())
      add(`the tampered bids differ from its opening link (seq ${link.seq})`);
  }
  return findings;
}

interface EvaluationPayload {
  readonly seq?: unknown;
  readonly reason?: unknown;
  readonly inputSha256?: unknown;
  readonly outputSha256?: unknown;
}

/**
 * Each evaluation record against its `evaluation.recorded` link: the published input and output
 * files hash to what the record and its link say, and seq, reason and round are the link's.
 */
export function checkEvaluations(rows: readonly EvaluationLinkRow[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    if (row.id === null) {
      const text = `${row.link_subject ?? '?'}: audit link ${row.link_stream ?? '?'} seq ${row.link_seq ?? '?'} has no evaluation record`;
      findings.push(finding('EVALUATION_LINK_WITHOUT_RECORD', roundOfStream(row.link_stream), text));
      continue;
    }
    const add = (kind: AuditFinding['kind'], text: string) =>
      findings.push(finding(kind, row.round_id, `evaluation record ${row.id}: ${text}`));
    if (row.link_stream === null) {
      add('EVALUATION_RECORD_WITHOUT_LINK', 'no audit link');
      continue;
    }
    const link = (row.link_payload ?? {}) as EvaluationPayload;
    const at = `its audit link (seq ${row.link_seq ?? '?'})`;
    for (const [file, actual, stored, linked] of [
      ['input', row.input_actual, row.input_sha256, link.inputSha256],
      ['output', row.output_actual, row.output_sha256, link.outputSha256],
    ] as const) {
      if (actual !== stored || actual !== linked)
        add('EVALUATION_FILE_DIFFERS', `published ${file} differs from ${at}`);
    }
    if (
      link.seq !== row.seq ||
      link.reason !== row.reason ||
      row.link_stream !== `round:${row.round_id ?? ''}`
    )
      add('EVALUATION_RECORD_DIFFERS', `seq, reason or round differs from ${at}`);
  }
  return findings;
}
