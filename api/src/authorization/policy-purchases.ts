import { COMPANY_IN_ROUND, HOSPITAL_IN_ROUND, OFFICE, type OperationPolicy } from './policy-terms.js';

const PARTIES = { ...OFFICE, 'hospital-user': HOSPITAL_IN_ROUND, 'company-user': COMPANY_IN_ROUND };
const COUNTERPARTY = { 'hospital-user': ['company'], 'company-user': ['hospital'] } as const;

/**
 * Orders, deliveries and acceptance (issue 12.2): a hospital orders and accepts, the company it
 * ordered from confirms and delivers, the office reads all. Each party sees the other of its own orders.
 */
export const PURCHASES_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/orderable-lines': {
    what: 'the hospital’s agreement lines it may order on',
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/orders': {
    what: 'place an order at the awarded price',
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'GET /rounds/{roundId}/orders': {
    what: 'orders',
    allow: PARTIES,
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'GET /rounds/{roundId}/orders/{orderId}': {
    what: 'one order',
    allow: PARTIES,
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/orders/{orderId}/confirmation': {
    what: 'confirm an order to fill',
    allow: { 'company-user': COMPANY_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/orders/{orderId}/cancellation': {
    what: 'cancel an own order before delivery',
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/orders/{orderId}/deliveries': {
    what: 'record a delivery of an order',
    allow: { 'company-user': COMPANY_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'GET /rounds/{roundId}/deliveries': {
    what: 'deliveries',
    allow: PARTIES,
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/deliveries/{deliveryId}/acceptance': {
    what: 'accept a delivery (验收)',
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: COUNTERPARTY,
    revealsNames: true,
  },
  'GET /distributors': {
    what: 'the company’s distributors',
    allow: { ...OFFICE, 'company-user': ['own-company'] },
  },
  'POST /distributors': { what: 'name a distributor', allow: { 'company-user': ['own-company'] } },
};
