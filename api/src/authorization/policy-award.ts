import {
  ADMIN,
  COMPANY_IN_ROUND,
  everyone,
  HOSPITAL_IN_ROUND,
  NONE,
  OFFICE,
  OPENED,
  PUBLIC_ROUND_READERS,
  PUBLISHED,
  type OperationPolicy,
} from './policy-terms.js';

const OFFICE_DECIDES = { 'office-admin': NONE, 'office-official': NONE };
/** the published evaluation: every bidder, its facts, every hospital's demand and allocation */
const EVALUATION: Pick<OperationPolicy, 'allow' | 'reveals' | 'note'> = {
  allow: everyone(OPENED),
  reveals: everyone(['company', 'hospital'] as const),
  note: 'public once opened, for the evaluation to be re-run by anyone: it names every bidder with its facts (credit rank, sales volume, violations) and every hospital with its approved demand and allocation. A policy question next to "a hospital sees only its own demand and contracts" and own-company facts',
};

/** Opening, revival (复活), proposed winners and objections, the award, region selection, agreed volumes. */
export const AWARD_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/evaluation': { what: 'the latest evaluation record', ...EVALUATION },
  'GET /rounds/{roundId}/evaluation/records': { what: 'every evaluation record', ...EVALUATION },
  'GET /rounds/{roundId}/evaluation/input.json': { what: 'the published evaluation input', ...EVALUATION },
  'GET /rounds/{roundId}/evaluation/output.json': { what: 'the published evaluation output', ...EVALUATION },
  'GET /rounds/{roundId}/evaluation/result': {
    what: 'the published evaluation output with names beside the ids',
    ...EVALUATION,
    revealsNames: true,
  },
  'GET /rounds/{roundId}/evaluation/result/export': {
    what: 'the published evaluation, one row per bid, as .xlsx or CSV',
    ...EVALUATION,
    revealsNames: true,
  },
  'GET /rounds/{roundId}/evaluation/names.json': {
    what: 'the names of what the published evaluation names by id',
    ...EVALUATION,
    revealsNames: true,
  },
  'POST /rounds/{roundId}/evaluation/what-if': {
    what: 'the published evaluation input under two rulesets, side by side (nothing stored)',
    allow: { 'office-admin': OPENED },
    reveals: { 'office-admin': ['company'] },
    revealsNames: true,
    note: 'office-only: it computes two evaluations per call; it reads only what the published evaluation shows anyone',
  },
  'GET /rounds/{roundId}/award-timeline': {
    what: 'the award’s dates (opening, revival window, objection period, award)',
    allow: everyone(OPENED),
  },
  'PUT /rounds/{roundId}/award-settings': { what: 'revival window and region turn length', allow: ADMIN },

  'GET /rounds/{roundId}/revival-offers/mine': {
    what: 'the own revival offers',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'POST /rounds/{roundId}/revival-offers/{offerId}/answer': {
    what: 'accept or decline an own revival offer',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'POST /rounds/{roundId}/revival/close': { what: 'close the revival window', allow: ADMIN },
  'POST /rounds/{roundId}/proposed/publish': { what: 'publish the proposed winners', allow: OFFICE_DECIDES },
  'POST /rounds/{roundId}/objections': {
    what: 'file an own objection',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'GET /rounds/{roundId}/objections': {
    what: 'objections',
    allow: { ...OFFICE, 'company-user': COMPANY_IN_ROUND },
  },
  'POST /rounds/{roundId}/objections/{id}/answer': { what: 'answer an objection', allow: ADMIN },
  'POST /rounds/{roundId}/award': { what: 'fix the award', allow: ADMIN },

  'PUT /rounds/{roundId}/region-preferences/{productCode}': {
    what: 'the own preferred regions',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'POST /rounds/{roundId}/region-selection/start': { what: 'start region selection', allow: OFFICE_DECIDES },
  'GET /rounds/{roundId}/region-selection': {
    what: 'the public log of region picks',
    allow: { ...everyone(PUBLISHED), ...OFFICE },
    reveals: everyone(['company'] as const),
    revealsNames: true,
    note: 'the winners and their picks are public once awarded',
  },
  'GET /rounds/{roundId}/region-selection/events': {
    what: 'the public log of region picks, live',
    allow: { ...everyone(PUBLISHED), ...OFFICE },
    reveals: everyone(['company'] as const),
    revealsNames: true,
    note: 'the same log as GET /region-selection, as server-sent events',
  },
  'POST /rounds/{roundId}/region-selection/picks': {
    what: 'pick a region at the own turn',
    allow: { 'company-user': COMPANY_IN_ROUND },
    reveals: { 'company-user': ['company'] },
    revealsNames: true,
    note: 'answers the public log of picks',
  },
  'GET /rounds/{roundId}/agreed-volumes': {
    what: 'agreed volumes',
    allow: { ...OFFICE, 'hospital-user': HOSPITAL_IN_ROUND, 'company-user': COMPANY_IN_ROUND },
    reveals: { 'hospital-user': ['company'], 'company-user': ['hospital'] },
    revealsNames: true,
    note: 'a hospital sees the companies that supply it, a company the hospitals it supplies: the other party of its own contracts',
  },
  'GET /rounds/{roundId}/agreed-volumes/export': {
    what: 'agreed volumes as .xlsx or CSV',
    allow: { ...OFFICE, 'hospital-user': HOSPITAL_IN_ROUND, 'company-user': COMPANY_IN_ROUND },
    reveals: { 'hospital-user': ['company'], 'company-user': ['hospital'] },
    revealsNames: true,
    note: 'the rows of GET agreed-volumes, scoped the same way',
  },
};

/** Round-level public matter of the outages feature. */
export const ROUND_NOTICES_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /rounds/{roundId}/notices': { what: "a round's public notices", allow: PUBLIC_ROUND_READERS },
  'GET /rounds/{roundId}/outage-formula': {
    what: "a round's outage formula",
    allow: PUBLIC_ROUND_READERS,
  },
  'PUT /rounds/{roundId}/outage-formula': { what: "set a draft round's outage formula", allow: ADMIN },
};
