import { ADMIN, OFFICE, type OperationPolicy } from './policy-terms.js';

/** Surplus retention (结余留用) and renewal (接续), issue 12 §6. */
export const SURPLUS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/surplus': {
    what: 'surplus retention per institution of the round, explained',
    allow: {
      ...OFFICE,
      'region-bureau-user': ['round-published', 'own-region'],
      'hospital-user': ['round-published', 'own-hospital'],
    },
    note: 'a region bureau sees the institutions of its region, a hospital itself',
  },
  'PUT /rounds/{roundId}/surplus/{hospitalId}/grade': {
    what: 'grade an institution for the cycle (考核等级)',
    allow: {
      'office-admin': OFFICE['office-admin'],
      'office-official': OFFICE['office-official'],
      'region-bureau-user': ['round-published', 'own-region'],
    },
    note: 'the grade sets the retained share; a region bureau grades the institutions of its region',
  },
  'GET /surplus/mine': {
    what: "a hospital's own surplus retention across rounds",
    allow: { 'hospital-user': ['own-hospital'] },
  },
  'POST /rounds/{roundId}/renewal': {
    what: 'make the renewal round (接续) of an expiring round',
    allow: ADMIN,
  },
};
