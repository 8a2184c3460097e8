import {
  ADMIN,
  COMPANY_IN_ROUND,
  HOSPITAL_IN_ROUND,
  OFFICE,
  PUBLISHED,
  REVIEWER_IN_ROUND,
  type OperationPolicy,
} from './policy-terms.js';

/** who reads money: the office all, a region bureau its region's hospitals, each party its own */
const MONEY_READERS = {
  ...OFFICE,
  'region-bureau-user': REVIEWER_IN_ROUND,
  'hospital-user': HOSPITAL_IN_ROUND,
  'company-user': COMPANY_IN_ROUND,
};
const COUNTERPARTIES = {
  'hospital-user': ['company'],
  'company-user': ['hospital'],
  'region-bureau-user': ['company'],
} as const;

/** Money on time (issue 12.3): payment terms, invoices, payments, prepayments, overdue lists. */
export const PAYMENTS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/payment-terms': {
    what: 'the round’s payment terms',
    allow: {
      ...OFFICE,
      'region-bureau-user': PUBLISHED,
      'hospital-user': PUBLISHED,
      'company-user': PUBLISHED,
    },
    note: 'the terms bind both parties of every agreement of the round: no tenant’s data',
  },
  'PUT /rounds/{roundId}/payment-terms': { what: 'set the round’s payment terms', allow: ADMIN },
  'POST /rounds/{roundId}/deliveries/{deliveryId}/invoice': {
    what: 'record the invoice of an own accepted delivery',
    allow: { 'company-user': COMPANY_IN_ROUND },
    reveals: { 'company-user': ['hospital'] },
    revealsNames: true,
  },
  'GET /rounds/{roundId}/invoiceable-deliveries': {
    what: 'the company’s accepted deliveries without an invoice',
    allow: { 'company-user': COMPANY_IN_ROUND },
    reveals: { 'company-user': ['hospital'] },
    revealsNames: true,
  },
  'GET /rounds/{roundId}/invoices': {
    what: 'invoices and their payments',
    allow: MONEY_READERS,
    reveals: COUNTERPARTIES,
    revealsNames: true,
    note: 'each party sees the other party of its own invoices; a region bureau its hospitals’ suppliers',
  },
  'POST /rounds/{roundId}/invoices/{invoiceId}/payments': {
    what: 'record a payment of an own invoice',
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: { 'hospital-user': ['company'] },
    revealsNames: true,
  },
  'POST /rounds/{roundId}/prepayments': { what: 'record the fund’s prepayment to a hospital', allow: ADMIN },
  'GET /rounds/{roundId}/prepayments': {
    what: 'hospitals’ prepayment accounts',
    allow: {
      ...OFFICE,
      'region-bureau-user': REVIEWER_IN_ROUND,
      'hospital-user': HOSPITAL_IN_ROUND,
    },
  },
  'GET /rounds/{roundId}/payments/overdue': {
    what: 'overdue invoices by hospital, region or company',
    allow: MONEY_READERS,
    reveals: COUNTERPARTIES,
    revealsNames: true,
  },
};
