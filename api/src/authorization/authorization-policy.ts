import { AGREEMENTS_POLICY } from './policy-agreements.js';
import { MONITORING_POLICY } from './policy-monitoring.js';
import { PURCHASE_IMPORT_POLICY } from './policy-purchase-import.js';
import { AWARD_POLICY, ROUND_NOTICES_POLICY } from './policy-award.js';
import { BIDS_POLICY, OPERATIONS_POLICY } from './policy-bids.js';
import { OCDS_POLICY } from './policy-ocds.js';
import { DOCUMENTS_POLICY } from './policy-documents.js';
import { PDF_POLICY } from './policy-pdf.js';
import { PURCHASES_POLICY } from './policy-purchases.js';
import { PAYMENTS_POLICY } from './policy-payments.js';
import { SURPLUS_POLICY } from './policy-surplus.js';
import { EXECUTION_SUPPLY_POLICY } from './policy-execution-supply.js';
import {
  ADMIN,
  allRoles,
  COMPANY_IN_ROUND,
  EVERYONE,
  HOSPITAL_IN_ROUND,
  NONE,
  OFFICE,
  OWN_ORG,
  PUBLIC_ROUND_READERS,
  REVIEWER_IN_ROUND,
  ROUND_READERS,
  SELF,
  SIGNED_IN,
  type OperationPolicy,
} from './policy-terms.js';

export { CALLERS, TENANCIES, type Caller, type OperationPolicy, type Tenancy } from './policy-terms.js';

/**
 * Who may call each operation of `/api/openapi.json`, and how far an allowed caller reaches: the
 * platform's authorization policy as data, for auditors to read and for the authorization-matrix
 * test to prove against the running app. A route not declared here fails that test, so every new
 * route states its roles and tenancy here first (the terms are in `policy-terms.ts`).
 */

/** organisations: the admin and auditors read all, everyone else (the office's officials too) their own */
const ORGANISATION_READERS = {
  ...allRoles(OWN_ORG),
  'office-admin': NONE,
  auditor: NONE,
};

const ACCOUNTS_AND_ROUNDS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /health': { what: 'liveness', allow: EVERYONE },
  'POST /auth/login': { what: 'sign in', allow: EVERYONE, note: 'the credentials decide who' },
  'POST /auth/logout': { what: 'end the own session', allow: { anonymous: SELF, ...allRoles(SELF) } },
  'GET /auth/me': { what: 'who am I', allow: allRoles(SELF) },
  'POST /auth/tokens': { what: 'create an own API token', allow: allRoles(SELF) },
  'GET /auth/tokens': { what: 'the own API tokens', allow: allRoles(SELF) },
  'DELETE /auth/tokens/{tokenId}': { what: 'revoke an own API token', allow: allRoles(SELF) },
  'POST /auth/password': { what: 'change the own password', allow: allRoles(SELF) },
  'POST /users/{id}/unlock': { what: 'lift the lock failed logins put on an account', allow: ADMIN },

  'POST /organisations': { what: 'register an organisation', allow: ADMIN },
  'GET /organisations': {
    what: 'list organisations',
    allow: ORGANISATION_READERS,
    note: 'office officials see only the office here, unlike company facts and demand, which they read in full',
  },
  'GET /organisations/{id}': { what: 'one organisation', allow: ORGANISATION_READERS },
  'POST /organisations/{id}/users': { what: 'create a user', allow: ADMIN },
  'GET /organisations/{id}/users': { what: "an organisation's users", allow: ORGANISATION_READERS },
  'PATCH /users/{id}': { what: 'disable, rename or re-role a user', allow: ADMIN },

  'GET /regions': { what: 'the regions', allow: SIGNED_IN },
  'POST /rounds': { what: 'create a draft round', allow: ADMIN },
  'GET /rounds': { what: 'list rounds', allow: PUBLIC_ROUND_READERS },
  'GET /rounds/{roundId}': { what: 'one round', allow: PUBLIC_ROUND_READERS },
  'PATCH /rounds/{roundId}': { what: 'change a draft round', allow: ADMIN },
  'POST /rounds/{roundId}/publish': { what: 'publish a round', allow: ADMIN },
  'POST /rounds/{roundId}/cancel': { what: 'cancel a round', allow: ADMIN },
  'PUT /rounds/{roundId}/calendar': { what: "set a draft round's calendar", allow: ADMIN },
  'GET /calendar/working-days': { what: 'holidays and 调休 workdays', allow: SIGNED_IN },
  'PUT /calendar/working-days': { what: "replace a year's working-day exceptions", allow: ADMIN },
  'POST /rounds/{roundId}/products': { what: 'add a catalogue product', allow: ADMIN },
  'POST /rounds/{roundId}/products/import': {
    what: "import a draft round's catalogue from .xlsx or CSV",
    allow: ADMIN,
  },
  'GET /rounds/{roundId}/products': { what: "a round's catalogue", allow: PUBLIC_ROUND_READERS },
  'DELETE /rounds/{roundId}/products/{productCode}': { what: 'remove a catalogue product', allow: ADMIN },
  'GET /rounds/{roundId}/products/template': { what: 'an empty catalogue file to fill in', allow: ADMIN },
  'POST /rounds/{roundId}/ruleset-preview': {
    what: 'what a ruleset choice changes, on past or sample data (saves nothing)',
    allow: ADMIN,
  },

  'GET /companies/{companyId}/facts': {
    what: "a company's facts",
    allow: { ...OFFICE, 'company-user': ['own-company'] },
  },
  'PUT /companies/{companyId}/facts': { what: "replace a company's facts", allow: ADMIN },
  'POST /rounds/{roundId}/registrations': {
    what: 'register an own product for a spec',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'GET /rounds/{roundId}/registrations': {
    what: "a round's registrations",
    allow: { ...OFFICE, 'company-user': COMPANY_IN_ROUND },
  },
  'DELETE /rounds/{roundId}/registrations/{id}': {
    what: 'withdraw an own registration',
    allow: { 'company-user': COMPANY_IN_ROUND },
  },
  'POST /rounds/{roundId}/registrations/{id}/review': {
    what: "approve or reject a company's registration",
    allow: ADMIN,
  },

  'PUT /rounds/{roundId}/demand/{productCode}': {
    what: "report the own hospital's demand",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/demand': {
    what: 'demand reports',
    allow: { ...OFFICE, 'region-bureau-user': REVIEWER_IN_ROUND, 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'POST /rounds/{roundId}/demand/import': {
    what: "import the own hospital's demand from .xlsx or CSV",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/demand/worksheet': {
    what: "the own hospital's worksheet: catalogue, floor share, last year's volumes",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: { 'hospital-user': ['company'] },
    revealsNames: true,
    note: 'the companies a line may name as its brand: ids and names only (results name them publicly too)',
  },
  'GET /rounds/{roundId}/demand/template': {
    what: "the own hospital's demand template (.xlsx or CSV)",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /demand/mine/rounds': {
    what: "the own hospital's rounds",
    allow: { 'hospital-user': ['own-hospital'] },
  },
  'GET /demand/mine': {
    what: "the own hospital's demand lines across rounds",
    allow: { 'hospital-user': ['own-hospital'] },
  },
  'GET /rounds/{roundId}/demand/{reportId}/trail': {
    what: "a demand line's review trail",
    allow: { ...OFFICE, 'region-bureau-user': REVIEWER_IN_ROUND, 'hospital-user': HOSPITAL_IN_ROUND },
    reveals: { 'hospital-user': ['region-bureau'] },
    revealsNames: true,
    note: 'a hospital reads which bureau reviewed its line (a return comes with its reason and its reviewer)',
  },
  'GET /rounds/{roundId}/demand/totals': { what: 'demand totals by product × region', allow: OFFICE },
  'GET /rounds/{roundId}/demand/progress': { what: 'demand reporting progress by region', allow: OFFICE },
  'GET /rounds/{roundId}/demand/totals/export': {
    what: 'demand totals as .xlsx or CSV',
    allow: OFFICE,
  },
  'POST /rounds/{roundId}/demand/lock': { what: 'lock demand', allow: ADMIN },
  'POST /rounds/{roundId}/demand/{reportId}/approve': {
    what: 'approve a report of the own region',
    allow: { 'region-bureau-user': REVIEWER_IN_ROUND },
  },
  'POST /rounds/{roundId}/demand/{reportId}/return': {
    what: 'return a report of the own region',
    allow: { 'region-bureau-user': REVIEWER_IN_ROUND },
  },
  'GET /demand-review/rounds': {
    what: 'the rounds with reports of the own region, with counts',
    allow: { 'region-bureau-user': ['own-region'] },
  },
  'GET /rounds/{roundId}/demand/queue': {
    what: "a region's review queue, filtered and paged",
    allow: { ...OFFICE, 'region-bureau-user': REVIEWER_IN_ROUND },
  },
  'GET /rounds/{roundId}/demand/region-totals': {
    what: "a region's demand by product against last year",
    allow: { ...OFFICE, 'region-bureau-user': REVIEWER_IN_ROUND },
  },
  'POST /rounds/{roundId}/demand/approve-many': {
    what: 'approve several reports of the own region at once',
    allow: { 'region-bureau-user': REVIEWER_IN_ROUND },
  },

  'GET /clock': { what: 'platform time', allow: SIGNED_IN },
  'GET /rounds/{roundId}/clock': { what: 'the round’s time', allow: ROUND_READERS },
  'PUT /rounds/{roundId}/clock': { what: 'run a rehearsal clock on one round', allow: ADMIN },
  'DELETE /rounds/{roundId}/clock': { what: 'the round back to the platform time', allow: ADMIN },
};

export const AUTHORIZATION_POLICY: Readonly<Record<string, OperationPolicy>> = {
  ...ACCOUNTS_AND_ROUNDS_POLICY,
  ...BIDS_POLICY,
  ...AWARD_POLICY,
  ...AGREEMENTS_POLICY,
  ...PURCHASES_POLICY,
  ...MONITORING_POLICY,
  ...PURCHASE_IMPORT_POLICY,
  ...ROUND_NOTICES_POLICY,
  ...OPERATIONS_POLICY,
  ...OCDS_POLICY,
  ...DOCUMENTS_POLICY,
  ...PDF_POLICY,
  ...PAYMENTS_POLICY,
  ...SURPLUS_POLICY,
  ...EXECUTION_SUPPLY_POLICY,
};

/** `GET /rounds/{roundId}`: the policy's key for an OpenAPI method and path template. */
export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
