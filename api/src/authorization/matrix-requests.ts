import { ROLE_ORGANISATION, ROLES, type Role } from '../auth/roles.js';
import { PASSWORD } from '../test-support/fixtures.js';
import type { Caller, Tenancy } from './authorization-policy.js';
import type { MatrixWorld, TenantIds } from './matrix-world.js';

/** One operation of the OpenAPI document, as the matrix calls it. */
export interface Operation {
  readonly key: string;
  readonly method: string;
  /** the template, relative to /api */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
}

/** One request of a matrix cell: on the caller's own data, or with one tenancy's ids swapped for another tenant's. */
export interface Variant {
  readonly side: 'own' | 'other';
  readonly url: string;
  /** a path parameter names another tenant's resource: the answer must be 404 */
  readonly otherInPath: boolean;
  readonly params: Readonly<Record<string, string>>;
}

/** Which request parameters each tenancy narrows: those are the ids swapped for another tenant's. */
const GOVERNS: Record<Tenancy, (name: string, path: string) => boolean> = {
  none: () => false,
  self: (name, path) => name === 'id' && path.startsWith('/users/'),
  'own-organisation': (name, path) => name === 'id' && path.startsWith('/organisations/'),
  'own-company': (name, path) => name === 'companyId' || (name === 'id' && path.includes('/registrations/')),
  'own-hospital': (name) => name === 'reportId',
  'own-region': (name) => name === 'reportId',
  'round-published': (name) => name === 'roundId',
};

const TENANCY_SWAPS = Object.keys(GOVERNS) as Tenancy[];

/** The world's value for a path or query parameter; a new route's new parameter must be added here. */
function valueOf(name: string, path: string, ids: TenantIds, query: boolean): string | undefined {
  if (name === 'roundId') return ids.roundId;
  if (name === 'companyId') return ids.companyId;
  if (name === 'reportId') return ids.reportId;
  if (name === 'productCode' && !query) return 'P1';
  if (name === 'id' && path.startsWith('/users/')) return ids.userId;
  if (name === 'id' && path.includes('/registrations/')) return ids.registrationId;
  if (name === 'id' && path.startsWith('/organisations/')) return ids.organisationId;
  if (query) return undefined; // an optional filter the matrix leaves out
  throw new Error(`the matrix world has no value for {${name}} in ${path}: add it to matrix-requests.ts`);
}

function buildVariant(op: Operation, own: TenantIds, other: TenantIds, swap: readonly Tenancy[]): Variant {
  const swapped = (name: string) => swap.some((t) => GOVERNS[t](name, op.path));
  const params: Record<string, string> = {};
  let url = op.path;
  let otherInPath = false;
  for (const name of op.pathParams) {
    const value = valueOf(name, op.path, swapped(name) ? other : own, false) as string;
    otherInPath ||= swapped(name);
    params[name] = value;
    url = url.replace(`{${name}}`, encodeURIComponent(value));
  }
  const query = new URLSearchParams();
  for (const name of op.queryParams) {
    const value = valueOf(name, op.path, swapped(name) ? other : own, true);
    if (value !== undefined) query.set(name, value);
  }
  const search = query.toString();
  const side = swap.length === 0 ? 'own' : 'other';
  return { side, url: `/api${url}${search ? `?${search}` : ''}`, otherInPath, params };
}

/**
 * The caller's requests for an operation: its own data, then for an allowed caller one request per
 * tenancy it is held to (that tenancy's ids swapped for the other tenant's), and for a refused
 * caller one request with every tenant id swapped. A swap that changes nothing is left out.
 */
export function variantsFor(
  world: MatrixWorld,
  op: Operation,
  caller: Caller,
  reach: readonly Tenancy[] | undefined,
): Variant[] {
  const { own, other } = world.ids[caller];
  const ownVariant = buildVariant(op, own, other, []);
  const swaps = reach === undefined ? [[...TENANCY_SWAPS]] : reach.map((t) => [t]);
  const others = swaps
    .map((swap) => buildVariant(op, own, other, swap))
    .filter((v, i, all) => v.url !== ownVariant.url && all.findIndex((w) => w.url === v.url) === i);
  return [...others, ownVariant];
}

/**
 * What a caller must never read in an answer: the ids, names, codes, logins and data of every
 * tenant outside its reach (its own organisation; with `own-region` its region's hospitals), and
 * the draft round outside the office. Nothing for a caller that reaches everything (`none`).
 */
export function foreignTo(
  world: MatrixWorld,
  caller: Caller,
  reach: readonly Tenancy[] | undefined,
): string[] {
  if (reach?.includes('none')) return [];
  const home = world.home[caller];
  const regional = reach?.includes('own-region') ?? false;
  const visible = (t: MatrixWorld['tenants'][number]) =>
    t.id === home.organisationId || (regional && t.kind === 'hospital' && t.region === home.region);
  const office = caller !== 'anonymous' && ROLE_ORGANISATION[caller] === 'office';
  const draft = office ? [] : [world.draft.id, world.draft.code, world.draft.name];
  return [...world.tenants.filter((t) => !visible(t)).flatMap((t) => t.secrets), ...draft];
}

interface BodyRequest {
  readonly caller: Caller;
  readonly params: Readonly<Record<string, string>>;
  readonly world: MatrixWorld;
}
let serial = 0;
const fitting = (kind: string): Role => ROLES.find((r) => ROLE_ORGANISATION[r] === kind) as Role;

/**
 * A minimal valid body per write operation: the app validates a body before the route checks the
 * role, so an invalid body would answer 400 where the matrix asks for the authorization answer.
 */
export const BODIES: Readonly<Record<string, (r: BodyRequest) => unknown>> = {
  'POST /auth/login': ({ caller, world }) => ({ login: world.home[caller].login, password: PASSWORD }),
  'POST /auth/tokens': () => ({ name: 'matrix token' }),
  'POST /organisations': () => ({ kind: 'office', name: `matrix office ${++serial}` }),
  'POST /organisations/{id}/users': ({ params, world }) => ({
    login: `mx-new-${++serial}`,
    displayName: 'matrix user',
    password: 'a long enough password',
    roles: [fitting(world.orgKinds[params.id as string] ?? 'office')],
  }),
  'PATCH /users/{id}': () => ({ displayName: 'matrix renamed' }),
  'POST /rounds': () => ({
    code: `MX-${++serial}`,
    name: 'matrix round',
    regionCodes: ['BJ'],
    ruleset: 'nvbp-7',
  }),
  'PATCH /rounds/{roundId}': () => ({ name: 'matrix renamed' }),
  'POST /rounds/{roundId}/cancel': () => ({ reason: 'matrix' }),
  'PUT /rounds/{roundId}/calendar': () => ({
    demandOpensAt: '2099-09-01T09:00',
    demandClosesAt: '2099-09-10T17:00',
    biddingOpensAt: '2099-09-15T09:00',
    biddingClosesAt: '2099-09-25T12:00',
    openingAt: '2099-09-30T14:00',
    objectionWorkingDays: 3,
  }),
  'PUT /calendar/working-days': () => ({ year: 2099, days: [] }),
  'POST /rounds/{roundId}/products': () => ({
    code: `MX${++serial}`,
    name: 'matrix product',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    representativeSpecCode: 'S1',
    specs: [{ code: 'S1', strength: '10', unitsPerPack: 14, ceiling: '2.0000' }],
  }),
  'PUT /companies/{companyId}/facts': () => ({
    creditRank: 0,
    regionsSuppliedLastYear: 2,
    salesVolume: 3333,
    affiliateGroup: null,
    onViolationList: false,
    violationUntil: null,
    qualityFailureOn: null,
  }),
  'POST /rounds/{roundId}/registrations': ({ world }) => ({
    productId: world.spareSpec.productId,
    specId: world.spareSpec.specId,
    approvalNumber: '国药准字H20000003',
    approvalDate: '2020-01-01',
    originator: false,
    consistencyPassedOn: null,
    annualCapacity: null,
  }),
  'PUT /rounds/{roundId}/demand/{productCode}': () => ({ quantity: 120 }),
  'POST /rounds/{roundId}/demand/import': () => ({ csv: 'productCode,quantity\nP2,130\n' }),
  'POST /rounds/{roundId}/demand/{reportId}/approve': () => ({}),
  'POST /rounds/{roundId}/demand/{reportId}/return': () => ({ comment: 'matrix' }),
  'PUT /clock': ({ world }) => ({ now: world.dbNow, speed: 1 }),
};
