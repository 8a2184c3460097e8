import { ROLES, type Role } from '../auth/roles.js';

/**
 * Who may call each operation of `/api/openapi.json`, and how far an allowed caller reaches: the
 * platform's authorization policy as data, for auditors to read and for the authorization-matrix
 * test to prove against the running app. A route not declared here fails that test, so every new
 * route states its roles and tenancy here first.
 */
export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

/**
 * How an allowed caller's reach is narrowed; another tenant's data answers 404, never 403, so its
 * existence does not leak.
 * - `none`: no narrowing (the office reads every tenant; public operations)
 * - `self`: only the caller's own account and sessions
 * - `own-organisation`: only the caller's own organisation and its users
 * - `own-company`: only the caller's company's facts and registrations
 * - `own-hospital`: only the caller's hospital's demand reports
 * - `own-region`: only the reports of hospitals in the caller's region (region reviewers)
 * - `round-published`: a draft round does not exist (the office sees drafts)
 */
export const TENANCIES = [
  'none',
  'self',
  'own-organisation',
  'own-company',
  'own-hospital',
  'own-region',
  'round-published',
] as const;
export type Tenancy = (typeof TENANCIES)[number];

export interface OperationPolicy {
  /** what the operation does, in the reader's words */
  readonly what: string;
  /** the callers that may call it, each with its reach; anyone else is refused (401, 403 or 404) */
  readonly allow: Readonly<Partial<Record<Caller, readonly Tenancy[]>>>;
  /** why the policy is what it is, where a reader would ask */
  readonly note?: string;
}

const NONE = ['none'] as const;
const SELF = ['self'] as const;
const OWN_ORG = ['own-organisation'] as const;
const PUBLISHED = ['round-published'] as const;

const allRoles = (reach: readonly Tenancy[]) =>
  Object.fromEntries(ROLES.map((role) => [role, reach])) as Record<Role, readonly Tenancy[]>;
const EVERYONE = { anonymous: NONE, ...allRoles(NONE) };
const SIGNED_IN = allRoles(NONE);
const ADMIN = { 'office-admin': NONE };
const OFFICE = { 'office-admin': NONE, 'office-official': NONE, auditor: NONE };
/** organisations: the admin and auditors read all, everyone else (the office's officials too) their own */
const ORGANISATION_READERS = {
  ...allRoles(OWN_ORG),
  'office-admin': NONE,
  auditor: NONE,
};
/** a round and its catalogue: public to every signed-in role once published */
const ROUND_READERS = { ...allRoles(PUBLISHED), ...OFFICE };
const COMPANY_IN_ROUND = ['round-published', 'own-company'] as const;
const HOSPITAL_IN_ROUND = ['round-published', 'own-hospital'] as const;
const REVIEWER_IN_ROUND = ['round-published', 'own-region'] as const;

export const AUTHORIZATION_POLICY: Readonly<Record<string, OperationPolicy>> = {
  'GET /health': { what: 'liveness', allow: EVERYONE },
  'POST /auth/login': { what: 'sign in', allow: EVERYONE, note: 'the credentials decide who' },
  'POST /auth/logout': { what: 'end the own session', allow: { anonymous: SELF, ...allRoles(SELF) } },
  'GET /auth/me': { what: 'who am I', allow: allRoles(SELF) },
  'POST /auth/tokens': { what: 'create an own API token', allow: allRoles(SELF) },

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
  'GET /rounds': { what: 'list rounds', allow: ROUND_READERS },
  'GET /rounds/{roundId}': { what: 'one round', allow: ROUND_READERS },
  'PATCH /rounds/{roundId}': { what: 'change a draft round', allow: ADMIN },
  'POST /rounds/{roundId}/publish': { what: 'publish a round', allow: ADMIN },
  'POST /rounds/{roundId}/cancel': { what: 'cancel a round', allow: ADMIN },
  'PUT /rounds/{roundId}/calendar': { what: "set a draft round's calendar", allow: ADMIN },
  'GET /calendar/working-days': { what: 'holidays and 调休 workdays', allow: SIGNED_IN },
  'PUT /calendar/working-days': { what: "replace a year's working-day exceptions", allow: ADMIN },
  'POST /rounds/{roundId}/products': { what: 'add a catalogue product', allow: ADMIN },
  'GET /rounds/{roundId}/products': { what: "a round's catalogue", allow: ROUND_READERS },
  'DELETE /rounds/{roundId}/products/{productCode}': { what: 'remove a catalogue product', allow: ADMIN },

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

  'PUT /rounds/{roundId}/demand/{productCode}': {
    what: "report the own hospital's demand",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/demand': {
    what: 'demand reports',
    allow: { ...OFFICE, 'region-reviewer': REVIEWER_IN_ROUND, 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'POST /rounds/{roundId}/demand/import': {
    what: "import the own hospital's demand from CSV",
    allow: { 'hospital-user': HOSPITAL_IN_ROUND },
  },
  'GET /rounds/{roundId}/demand/totals': { what: 'demand totals by product × region', allow: OFFICE },
  'POST /rounds/{roundId}/demand/lock': { what: 'lock demand', allow: ADMIN },
  'POST /rounds/{roundId}/demand/{reportId}/approve': {
    what: 'approve a report of the own region',
    allow: { 'region-reviewer': REVIEWER_IN_ROUND },
  },
  'POST /rounds/{roundId}/demand/{reportId}/return': {
    what: 'return a report of the own region',
    allow: { 'region-reviewer': REVIEWER_IN_ROUND },
  },

  'GET /clock': { what: 'platform time', allow: SIGNED_IN },
  'PUT /clock': { what: 'run a rehearsal clock', allow: ADMIN },
  'DELETE /clock': { what: 'back to the real clock', allow: ADMIN },
};

/** `GET /rounds/{roundId}`: the policy's key for an OpenAPI method and path template. */
export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
