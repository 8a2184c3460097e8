import {
  ADMIN,
  ANYONE,
  NONE,
  COMPANY_IN_ROUND,
  everyone,
  EVERYONE,
  OFFICE,
  ROUND_READERS,
  SELF,
  type OperationPolicy,
} from './policy-terms.js';

const SEALED =
  'before opening, a company reaches only its own bids: any other answers exactly as if no other company had bid (the secrecy comparison of the matrix test proves it)';

/** Sealed bidding: the key ceremony, bids, their commitments and the opening. */
export const BIDS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'POST /rounds/{roundId}/key-ceremony': { what: "hold a round's key ceremony", allow: ADMIN },
  'GET /rounds/{roundId}/key-ceremony': {
    what: "a round's public sealing key, k, n and the officials",
    allow: ROUND_READERS,
    note: 'the officials are office users, not another tenant',
  },
  'POST /rounds/{roundId}/key-ceremony/my-share': {
    what: 'take the own key share, once (the stored copy is deleted; the body confirms it)',
    allow: { 'office-official': SELF },
  },
  'PUT /rounds/{roundId}/bids/{productCode}': {
    what: 'submit or replace the own sealed bid',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'DELETE /rounds/{roundId}/bids/{productCode}': {
    what: 'withdraw the own bid',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'GET /rounds/{roundId}/bids/mine': {
    what: 'the own bid receipts',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'GET /rounds/{roundId}/commitments': {
    what: 'the signed commitments of the live bids, once bidding has closed',
    allow: everyone(['bidding-closed'] as const),
    note: 'published before the opening: how many live bids the round has is public from the deadline on (a policy question: it tells whether anyone else bid)',
  },
  'GET /receipts/verification-key': {
    what: "the platform's public receipt-verification key",
    allow: EVERYONE,
    note: 'public from the start: a company checks its receipt the moment it gets it',
  },
  'POST /rounds/{roundId}/opening/shares': {
    what: 'hand in the own key share after bidding closed',
    allow: { 'office-official': SELF },
  },
  'GET /rounds/{roundId}/opening': {
    what: 'how many of the k key shares are in, once bidding has closed',
    allow: {
      'office-admin': ['bidding-closed'],
      'office-official': ['bidding-closed'],
      auditor: ['bidding-closed'],
    },
    note: 'counts only, and nothing before the deadline (404): which official handed in stays in the audit trail',
  },
  'GET /rounds/{roundId}/opening/technical': {
    what: 'the opened technical envelopes (dual-envelope rounds); never a price',
    allow: OFFICE,
  },
  'PUT /rounds/{roundId}/opening/technical-review': { what: 'record technical pass/fail', allow: ADMIN },
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/uploads': {
    what: 'declare a technical file of the own bid and get a presigned PUT (dual-envelope rounds)',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'POST /rounds/{roundId}/bids/{productCode}/technical-files': {
    what: 'confirm an uploaded technical file of the own bid: checked, sealed to the round key',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/removal': {
    what: 'remove a sealed technical file of the own bid while bidding is open',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'GET /rounds/{roundId}/technical-files/mine': {
    what: 'the own technical files with their SHA-256 receipts',
    allow: { 'company-user': COMPANY_IN_ROUND },
    note: SEALED,
  },
  'GET /rounds/{roundId}/technical-files': {
    what: 'the technical files released at the technical opening, with short-lived presigned GETs',
    allow: OFFICE,
    note: 'nothing before the technical opening (404), the office included: no file, no count',
  },
};

/** Outages, public notices and the audit chain's public face. */
export const OPERATIONS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'POST /outages': { what: 'record an outage (deadlines move, notices go out)', allow: ADMIN },
  'PATCH /outages/{outageId}': { what: 'record the end of an outage', allow: ADMIN },
  'GET /outages': { what: 'the outage register', allow: ANYONE },
  'GET /notices': { what: 'public notices', allow: ANYONE },
  'GET /notices/events': {
    what: 'public notices, live',
    allow: ANYONE,
    note: 'the same list as GET /notices, as server-sent events',
  },
  'GET /audit/verify': {
    what: 'recompute the audit chain',
    allow: { auditor: NONE, 'office-admin': NONE },
    note: 'each sealed bid moves its own audit stream (one per company and round): whatever this answers that moves with the chain (event, stream or seal counts) tells the office that bids were made before opening. The secrecy comparison (secrecy-matrix.test.ts) fails on it',
  },
  'GET /audit/digests': {
    what: 'published daily digests',
    allow: ANYONE,
    note: 'public: a digest that moves when nothing but bids happened (a new seal id, or counts recoverable from the hash) tells anyone that someone bid. The secrecy comparison fails on it',
  },
  'GET /audit/digests/{day}': { what: "one day's digest", allow: ANYONE },
};
