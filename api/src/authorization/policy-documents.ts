import { OFFICE, type OperationPolicy } from './policy-terms.js';

/**
 * Company documents (certificates): a company uploads, confirms and reads its own; the office and
 * auditors read every company's (the verified hash, the uploader, the file). Region bureaus and
 * hospitals have no part in qualification review.
 */
export const DOCUMENTS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'POST /company-documents': {
    what: 'declare an own certificate and get a presigned upload URL',
    allow: { 'company-user': ['own-company'] },
  },
  'POST /company-documents/{documentId}/confirm': {
    what: 'have an own uploaded certificate verified (size, type, SHA-256) and accepted',
    allow: { 'company-user': ['own-company'] },
  },
  'GET /company-documents': {
    what: 'company documents',
    allow: { ...OFFICE, 'company-user': ['own-company'] },
  },
  'GET /company-documents/{documentId}': {
    what: 'one company document',
    allow: { ...OFFICE, 'company-user': ['own-company'] },
  },
  'GET /company-documents/{documentId}/download': {
    what: "an accepted document's file, by a short-lived presigned URL (303)",
    allow: { ...OFFICE, 'company-user': ['own-company'] },
  },
};
