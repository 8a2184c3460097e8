import { HOSPITAL_IN_ROUND, type OperationPolicy } from './policy-terms.js';

/** A hospital's purchase records from its own system: its own only, nobody else's. */
export const PURCHASE_IMPORT_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'POST /rounds/{roundId}/purchases/import': {
    what: "import the own hospital's purchase records from .xlsx or CSV",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/purchases/imports': {
    what: "the own hospital's purchase imports",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/purchases/import-template': {
    what: "the purchase import template with the own hospital's agreement lines",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: { 'hospital-user': ['company'] },
  },
};
