import { everyone, EVERYONE, NONE, PUBLISHED, type OperationPolicy } from './policy-terms.js';

/**
 * Open data (OCDS): public, like the published documents it is built from. A round's releases exist
 * from its publication, and each names only what its stage made public: bidders from the opening,
 * winners from the proposed winners' publication, hospitals with the contracts.
 */
const OPEN_DATA: Pick<OperationPolicy, 'reveals' | 'revealsNames' | 'note'> = {
  reveals: everyone(['company', 'hospital'] as const),
  revealsNames: true,
  note: 'bidders appear once the bids are opened, winners once published, hospitals once volumes are agreed (docs/open-data.md)',
};

export const OCDS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/ocds': {
    what: 'the round as an OCDS release package',
    allow: everyone(PUBLISHED),
    ...OPEN_DATA,
  },
  'GET /rounds/{roundId}/ocds/record': {
    what: 'the round as an OCDS record package (releases and the compiled release)',
    allow: everyone(PUBLISHED),
    ...OPEN_DATA,
  },
  'GET /ocds/releases': { what: 'the OCDS change feed, every round', allow: everyone(NONE), ...OPEN_DATA },
  'GET /ocds/extension/{file}': { what: 'the Jicai OCDS extension', allow: EVERYONE },
  'GET /ocds/extension/codelists/{file}': { what: 'a codelist of the Jicai OCDS extension', allow: EVERYONE },
};
