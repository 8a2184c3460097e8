import { ANYONE, COMPANY_IN_ROUND, everyone, OPENED, type OperationPolicy } from './policy-terms.js';

/** the notices name the winners, as the published result does */
const PUBLISHED_NOTICE: Pick<OperationPolicy, 'allow' | 'reveals' | 'revealsNames' | 'note'> = {
  allow: everyone(OPENED),
  reveals: everyone(['company'] as const),
  revealsNames: true,
  note: 'nothing before the opening, for anyone; after it, 404 until the notice is published (proposed winners, award)',
};

/** Issued PDFs (api/src/pdf): the company's own receipt, the round's notices, the public check of a code. */
export const DOCUMENTS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/bids/{productCode}/receipt.pdf': {
    what: 'the own bid receipt as a PDF (no price)',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: 'issued on the first download: the stored PDF is the same every time after',
  },
  'GET /rounds/{roundId}/proposed-winners.pdf': {
    what: 'the proposed-winners notice as a PDF',
    ...PUBLISHED_NOTICE,
  },
  'GET /rounds/{roundId}/award-notice.pdf': { what: 'the award notice as a PDF', ...PUBLISHED_NOTICE },
  'GET /documents/verify/{code}': {
    what: 'what an issued PDF is, by its verification code',
    allow: ANYONE,
    note: 'the code is keyed by the platform: only who holds the document knows it',
  },
};
