import {
  COMPANY_IN_ROUND,
  HOSPITAL_IN_ROUND,
  OFFICE,
  REVIEWER_IN_ROUND,
  SIGNED_IN,
  type OperationPolicy,
} from './policy-terms.js';

const OFFICE_AND_BUREAU = { ...OFFICE, 'region-bureau-user': REVIEWER_IN_ROUND };

/** Monitoring the cycle (issue 12.4): progress, alerts, non-winning purchases, stock reports, supply figures. */
export const MONITORING_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /execution/rounds': {
    what: 'rounds with agreements in the caller’s reach',
    allow: SIGNED_IN,
    note: 'codes and names of published rounds the caller has agreements in (a bureau: its region’s hospitals)',
  },
  'GET /rounds/{roundId}/execution/progress': {
    what: 'completion against agreed volume by region, product, company and month',
    allow: { ...OFFICE_AND_BUREAU, 'company-user': COMPANY_IN_ROUND },
    reveals: { 'region-bureau-user': ['company'] },
    revealsNames: true,
    note: 'a bureau reads its region (naming the winners supplying it), a company its own products',
  },
  'GET /rounds/{roundId}/execution/institutions/{hospitalId}': {
    what: 'one institution’s completion per product',
    allow: { ...OFFICE_AND_BUREAU, 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/execution/behind': {
    what: 'institutions behind the linear pace',
    allow: OFFICE_AND_BUREAU,
  },
  'GET /rounds/{roundId}/execution/supplier-lag': {
    what: 'suppliers whose deliveries lag orders',
    allow: OFFICE_AND_BUREAU,
    reveals: { 'region-bureau-user': ['company'] },
    revealsNames: true,
    note: 'a bureau sees the suppliers of its region’s orders',
  },
  'GET /rounds/{roundId}/execution/non-winner-excess': {
    what: 'non-winning purchases over last year’s volume',
    allow: OFFICE_AND_BUREAU,
    reveals: { 'region-bureau-user': ['company'] },
    revealsNames: true,
    note: 'a bureau sees its region’s hospitals and the companies they bought from',
  },
  'POST /rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice': {
    what: 'record that the office talked to a hospital about its excess (已约谈)',
    allow: { 'office-admin': OFFICE['office-admin'], 'office-official': OFFICE['office-official'] },
  },
  'PUT /rounds/{roundId}/inventory/{month}': {
    what: 'report the company’s stock at a month’s end',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'GET /rounds/{roundId}/inventory': {
    what: 'suppliers’ monthly stock reports and their lateness',
    allow: { ...OFFICE, 'company-user': COMPANY_IN_ROUND },
  },
  'GET /rounds/{roundId}/inventory/products': {
    what: 'the products a company reports stock for',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'GET /rounds/{roundId}/execution/supply-figures': {
    what: 'order response time, delivery time and fill rate per supplier',
    allow: { ...OFFICE, 'company-user': COMPANY_IN_ROUND },
  },
};
