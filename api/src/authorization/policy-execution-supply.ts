import { ADMIN, ANYONE, everyone, OFFICE, type OperationPolicy } from './policy-terms.js';

/**
 * Backup supply (断供) and the listing (挂网): the office decides, the office reads its decisions, and
 * the listing with every change and reason is public (it names the listed companies by design).
 */
export const EXECUTION_SUPPLY_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'POST /rounds/{roundId}/backup-activations': {
    what: 'activate the backup supplier of a product in regions whose primary failed',
    allow: ADMIN,
  },
  'GET /rounds/{roundId}/backup-activations': { what: 'the round’s backup activations', allow: OFFICE },
  'GET /rounds/{roundId}/backup-regions': {
    what: 'each region’s primary and backup supplier',
    allow: OFFICE,
  },
  'POST /rounds/{roundId}/listing/apply': {
    what: 'apply the round’s listing rules after the award',
    allow: ADMIN,
  },
  'POST /listings': { what: 'list a company’s product by hand', allow: ADMIN },
  'POST /listings/{listingId}/changes': { what: 'delist, relist or reprice a listing', allow: ADMIN },
  'GET /listings': {
    what: 'the public listing (挂网目录)',
    allow: ANYONE,
    reveals: everyone(['company'] as const),
    revealsNames: true,
    note: 'a listing names its company and price: that is what is published',
  },
  'GET /listings/{listingId}': {
    what: 'one listing',
    allow: ANYONE,
    reveals: everyone(['company'] as const),
    revealsNames: true,
  },
  'GET /listings/{listingId}/changes': { what: 'a listing’s changes with their reasons', allow: ANYONE },
};
