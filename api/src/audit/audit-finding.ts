/**
 * What verification found wrong in the business tables against the audit chain, one stable kind
 * per check (scripts match on the kind; the message names the row).
 */
export const FINDING_KINDS = [
  'BID_WITHOUT_LINK',
  'BID_LINK_WITHOUT_ROW',
  'BID_REVISION_DIFFERS',
  'BID_WITHDRAWAL_DIFFERS',
  'BID_COMMITMENT_DIFFERS',
  'BID_CIPHERTEXT_DIFFERS',
  'BID_NOT_OPENED',
  'OPENED_BID_WITHOUT_BID',
  'OPENED_BID_COMMITMENT_DIFFERS',
  'OPENED_BID_NOT_REVEALED',
  'OPENED_PRICE_NOT_COMMITTED',
  'OPENED_BID_REVIEW_DIFFERS',
  'OPENING_DIFFERS',
  'EVALUATION_RECORD_WITHOUT_LINK',
  'EVALUATION_LINK_WITHOUT_RECORD',
  'EVALUATION_FILE_DIFFERS',
  'EVALUATION_RECORD_DIFFERS',
  // GET /audit/verify for callers who may not learn of bids before opening: findings on a round's
  // sealed bids, summed up per round without naming a bid or a company
  'SEALED_BIDS_DIFFER',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface AuditFinding {
  readonly kind: FindingKind;
  /** the round the finding concerns, when it concerns one */
  readonly roundId: string | null;
  readonly message: string;
}

export const finding = (kind: FindingKind, roundId: string | null, message: string): AuditFinding => ({
  kind,
  roundId,
  message,
});

/** `round:<id>` and `round:<id>:company:<id>` streams name their round. */
export function roundOfStream(stream: string | null): string | null {
  const match = /^round:([^:]+)(?::|$)/.exec(stream ?? '');
  return match?.[1] ?? null;
}
