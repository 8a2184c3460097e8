import type { OrganisationKind } from '../../auth/roles.js';
import { ROLE_ORGANISATION } from '../../auth/roles.js';
import { TENANCIES, type Caller, type Tenancy } from '../../authorization/authorization-policy.js';
import type { MatrixWorld, Stage, TenantIds } from './matrix-world.js';
import { MATRIX_LISTING_ID } from './matrix-listing.js';

/** One operation of the OpenAPI document, as the matrix calls it. */
export interface Operation {
  readonly key: string;
  readonly method: string;
  /** the template, relative to /api */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly hasBody: boolean;
}

/** One request of a matrix cell: on the caller's own data, or with one tenancy's ids swapped for another tenant's. */
export interface Variant {
  readonly side: 'own' | 'other';
  readonly url: string;
  /** a path parameter names another tenant's resource: the answer must be 404 */
  readonly otherInPath: boolean;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
}

/** Which request parameters each tenancy narrows: those are the ids swapped for another tenant's. */
const GOVERNS: Record<Tenancy, (name: string, path: string) => boolean> = {
  none: () => false,
  public: () => false,
  self: (name, path) => (name === 'id' && path.startsWith('/users/')) || name === 'tokenId',
  'own-organisation': (name, path) => name === 'id' && path.startsWith('/organisations/'),
  'own-company': (name, path) =>
    name === 'companyId' ||
    name === 'offerId' ||
    name === 'documentId' ||
    name === 'agreementId' ||
    name === 'orderId' ||
    name === 'deliveryId' ||
    name === 'invoiceId' ||
    (name === 'id' && (path.includes('/registrations/') || path.includes('/objections/'))),
  'own-hospital': (name) =>
    name === 'reportId' ||
    name === 'agreementId' ||
    name === 'orderId' ||
    name === 'deliveryId' ||
    name === 'invoiceId' ||
    name === 'hospitalId',
  'own-region': (name) => name === 'reportId' || name === 'hospitalId',
  'round-published': (name) => name === 'roundId',
  'bidding-closed': (name) => name === 'roundId',
  'round-opened': (name) => name === 'roundId',
};

/** The round a tenancy puts in place of the operation's own: one that must not exist for the caller. */
const OTHER_ROUND: Partial<Record<Tenancy, Stage>> = {
  'round-published': 'draft',
  // published and taking bids: nothing of what bidding closing publishes exists yet
  'bidding-closed': 'bidding',
  // technical envelopes opened, prices still sealed: nothing of the evaluation exists yet
  'round-opened': 'technical',
};

/** The stage of the round each operation is called on; the demand round unless named here. */
const STAGE_OF: Readonly<Record<string, Stage>> = {
  'POST /rounds/{roundId}/key-ceremony': 'demand',
  'GET /rounds/{roundId}/key-ceremony': 'bidding',
  'POST /rounds/{roundId}/key-ceremony/my-share': 'bidding',
  'PUT /rounds/{roundId}/bids/{productCode}': 'bidding',
  'DELETE /rounds/{roundId}/bids/{productCode}': 'bidding',
  'GET /rounds/{roundId}/bids/mine': 'bidding',
  'GET /rounds/{roundId}/commitments': 'closed',
  'POST /rounds/{roundId}/opening/shares': 'closed',
  'GET /rounds/{roundId}/opening': 'closed',
  'GET /rounds/{roundId}/opening/technical': 'technical',
  'PUT /rounds/{roundId}/opening/technical-review': 'technical',
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/uploads': 'bidding',
  'POST /rounds/{roundId}/bids/{productCode}/technical-files': 'bidding',
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/removal': 'bidding',
  'GET /rounds/{roundId}/technical-files/mine': 'bidding',
  'GET /rounds/{roundId}/technical-files': 'technical',
  'GET /rounds/{roundId}/notices': 'bidding',
  'GET /rounds/{roundId}/outage-formula': 'bidding',
  'PUT /rounds/{roundId}/outage-formula': 'draft',
  'GET /rounds/{roundId}/evaluation': 'objection',
  'GET /rounds/{roundId}/evaluation/records': 'objection',
  'GET /rounds/{roundId}/evaluation/input.json': 'objection',
  'GET /rounds/{roundId}/evaluation/output.json': 'objection',
  'GET /rounds/{roundId}/evaluation/result': 'objection',
  'GET /rounds/{roundId}/evaluation/result/export': 'objection',
  'GET /rounds/{roundId}/evaluation/names.json': 'objection',
  'POST /rounds/{roundId}/evaluation/what-if': 'objection',
  'GET /rounds/{roundId}/award-timeline': 'objection',
  'PUT /rounds/{roundId}/award-settings': 'bidding',
  'GET /rounds/{roundId}/revival-offers/mine': 'revival',
  'POST /rounds/{roundId}/revival-offers/{offerId}/answer': 'revival',
  'POST /rounds/{roundId}/revival/close': 'revival',
  'POST /rounds/{roundId}/proposed/publish': 'evaluated',
  'POST /rounds/{roundId}/objections': 'objection',
  'GET /rounds/{roundId}/objections': 'objection',
  'POST /rounds/{roundId}/objections/{id}/answer': 'objection',
  'POST /rounds/{roundId}/award': 'objection-over',
  'PUT /rounds/{roundId}/region-preferences/{productCode}': 'bidding',
  'POST /rounds/{roundId}/region-selection/start': 'awarded',
  'GET /rounds/{roundId}/region-selection': 'selection',
  'GET /rounds/{roundId}/region-selection/events': 'selection',
  'POST /rounds/{roundId}/region-selection/picks': 'selection',
  'GET /rounds/{roundId}/agreed-volumes': 'agreed',
  'GET /rounds/{roundId}/agreed-volumes/export': 'agreed',
  'POST /rounds/{roundId}/agreements/generation': 'agreed',
  'GET /rounds/{roundId}/agreements/generation': 'agreed',
  'GET /rounds/{roundId}/agreements': 'agreed',
  'GET /rounds/{roundId}/agreements/{agreementId}/pdf': 'agreed',
  'GET /rounds/{roundId}/agreements/status-counts': 'agreed',
  'GET /rounds/{roundId}/agreements/{agreementId}': 'agreed',
  'POST /rounds/{roundId}/agreements/{agreementId}/sign': 'agreed',
  'GET /rounds/{roundId}/orderable-lines': 'agreed',
  'POST /rounds/{roundId}/orders': 'agreed',
  'GET /rounds/{roundId}/orders': 'agreed',
  'GET /rounds/{roundId}/orders/{orderId}': 'agreed',
  'POST /rounds/{roundId}/orders/{orderId}/confirmation': 'agreed',
  'POST /rounds/{roundId}/orders/{orderId}/cancellation': 'agreed',
  'POST /rounds/{roundId}/orders/{orderId}/deliveries': 'agreed',
  'GET /rounds/{roundId}/deliveries': 'agreed',
  'POST /rounds/{roundId}/deliveries/{deliveryId}/acceptance': 'agreed',
  'GET /rounds/{roundId}/payment-terms': 'agreed',
  'PUT /rounds/{roundId}/payment-terms': 'agreed',
  'POST /rounds/{roundId}/deliveries/{deliveryId}/invoice': 'agreed',
  'GET /rounds/{roundId}/invoiceable-deliveries': 'agreed',
  'GET /rounds/{roundId}/invoices': 'agreed',
  'POST /rounds/{roundId}/invoices/{invoiceId}/payments': 'agreed',
  'POST /rounds/{roundId}/prepayments': 'agreed',
  'GET /rounds/{roundId}/prepayments': 'agreed',
  'GET /rounds/{roundId}/payments/overdue': 'agreed',
  'GET /rounds/{roundId}/surplus': 'agreed',
  'PUT /rounds/{roundId}/surplus/{hospitalId}/grade': 'agreed',
  'POST /rounds/{roundId}/renewal': 'agreed',
  'POST /rounds/{roundId}/backup-activations': 'agreed',
  'GET /rounds/{roundId}/backup-activations': 'agreed',
  'GET /rounds/{roundId}/backup-regions': 'agreed',
  'POST /rounds/{roundId}/listing/apply': 'agreed',
  'GET /listings': 'agreed',
  'GET /rounds/{roundId}/bids/{productCode}/receipt.pdf': 'bidding',
  'POST /rounds/{roundId}/bids/{productCode}/receipt.pdf': 'bidding',
  'GET /rounds/{roundId}/proposed-winners.pdf': 'objection',
  'GET /rounds/{roundId}/award-notice.pdf': 'awarded',
  'GET /rounds/{roundId}/execution/progress': 'agreed',
  'GET /rounds/{roundId}/execution/institutions/{hospitalId}': 'agreed',
  'GET /rounds/{roundId}/execution/behind': 'agreed',
  'GET /rounds/{roundId}/execution/supplier-lag': 'agreed',
  'GET /rounds/{roundId}/execution/non-winner-excess': 'agreed',
  'POST /rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice': 'agreed',
  'PUT /rounds/{roundId}/inventory/{month}': 'agreed',
  'GET /rounds/{roundId}/inventory': 'agreed',
  'GET /rounds/{roundId}/inventory/products': 'agreed',
  'GET /rounds/{roundId}/execution/supply-figures': 'agreed',
};

export const stageOf = (op: Pick<Operation, 'key'>): Stage => STAGE_OF[op.key] ?? 'demand';

let serial = 0;

/** The world's value for a parameter; a new route's new parameter must be added here. */
function valueOf(
  world: MatrixWorld,
  op: Operation,
  name: string,
  ids: TenantIds,
  round: Stage,
  where: 'path' | 'query' | 'header',
): string | undefined {
  const { path } = op;
  if (where === 'header' && name === 'idempotency-key') return `mx-key-${++serial}`;
  if (name === 'roundId') return world.rounds[round];
  if (name === 'companyId') return ids.companyId;
  if (name === 'reportId') return ids.reportId;
  if (name === 'offerId') return ids.offerId;
  if (name === 'documentId') return ids.documentId;
  if (name === 'agreementId') return ids.agreementId;
  if (name === 'orderId') return ids.orderId;
  // invoicing needs an accepted delivery; acceptance one not yet accepted
  if (name === 'deliveryId') return path.endsWith('/invoice') ? ids.acceptedDeliveryId : ids.deliveryId;
  if (name === 'invoiceId') return ids.invoiceId;
  if (name === 'hospitalId') return ids.hospitalId;
  if (name === 'productId' && where === 'path') return world.spareSpec.productId;
  if (name === 'month') return '2027-04';
  if (name === 'outageId') return world.outage.id;
  if (name === 'listingId') return MATRIX_LISTING_ID;
  if (name === 'day') return world.digestDay;
  if (name === 'code' && world.verificationCode) return world.verificationCode;
  if (name === 'productCode' && where === 'path') return 'P1';
  if (name === 'id' && path.startsWith('/users/')) return ids.userId;
  if (name === 'tokenId') return ids.tokenId;
  if (name === 'id' && path.includes('/registrations/')) return ids.registrationId;
  if (name === 'id' && path.includes('/objections/')) return ids.objectionId;
  if (name === 'id' && path.startsWith('/organisations/')) return ids.organisationId;
  if (name === 'file' && path.startsWith('/ocds/extension/'))
    return path.includes('/codelists/') ? 'supplierRole.csv' : 'extension.json';
  if (where === 'query') return undefined; // an optional filter the matrix leaves out
  throw new Error(
    `the matrix world has no value for ${where} ${name} of ${op.key}: add it to matrix-requests.ts`,
  );
}

/** The request with the parameters `swap` governs taken from the other tenant (`round` overrides the stage). */
export function buildVariant(
  world: MatrixWorld,
  op: Operation,
  own: TenantIds,
  other: TenantIds,
  swap: readonly Tenancy[],
  round: Stage = stageOf(op),
): Variant {
  const swappedBy = (name: string) => swap.find((t) => GOVERNS[t](name, op.path));
  const params: Record<string, string> = {};
  let url = op.path;
  let otherInPath = false;
  const value = (name: string, where: 'path' | 'query' | 'header') => {
    const by = swappedBy(name);
    return valueOf(world, op, name, by ? other : own, (by && OTHER_ROUND[by]) ?? round, where);
  };
  for (const name of op.pathParams) {
    const v = value(name, 'path') as string;
    otherInPath ||= swappedBy(name) !== undefined;
    params[name] = v;
    url = url.replace(`{${name}}`, encodeURIComponent(v));
  }
  const query = new URLSearchParams();
  for (const name of op.queryParams) {
    const v = value(name, 'query');
    if (v !== undefined) query.set(name, v);
  }
  const headers = Object.fromEntries(op.headerParams.map((name) => [name, value(name, 'header') as string]));
  const search = query.toString();
  const side = swap.length === 0 ? 'own' : 'other';
  return { side, url: `/api${url}${search ? `?${search}` : ''}`, otherInPath, params, headers };
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
  const ownVariant = buildVariant(world, op, own, other, []);
  const swaps = reach === undefined ? [[...TENANCIES]] : reach.map((t) => [t]);
  const others = swaps
    .map((swap) => buildVariant(world, op, own, other, swap))
    .filter((v, i, all) => v.url !== ownVariant.url && all.findIndex((w) => w.url === v.url) === i);
  return [...others, ownVariant];
}

/**
 * What a caller must never read in an answer: the ids, names, codes, logins and data of every
 * tenant outside its reach (its own organisation; with `own-region` its region's hospitals; of a
 * kind the operation `reveals` to it, the organisation's id may appear, and with `names` its name
 * (and what the name contains), nothing else), and the draft round outside the office. Nothing for
 * a caller that reaches everything (`none`).
 */
export function foreignTo(
  world: MatrixWorld,
  caller: Caller,
  reach: readonly Tenancy[] | undefined,
  reveals: readonly OrganisationKind[] = [],
  names = false,
): string[] {
  if (reach?.includes('none')) return [];
  const home = world.home[caller];
  const regional = reach?.includes('own-region') ?? false;
  const visible = (t: MatrixWorld['tenants'][number]) =>
    t.id === home.organisationId || (regional && t.kind === 'hospital' && t.region === home.region);
  const office = caller !== 'anonymous' && ROLE_ORGANISATION[caller] === 'office';
  const draft = office ? [] : [world.draft.id, world.draft.code, world.draft.name];
  return [
    ...world.tenants
      .filter((t) => !visible(t))
      .flatMap((t) => {
        if (!reveals.includes(t.kind)) return t.secrets;
        return t.secrets.filter((s) => s !== t.id && !(names && t.name.includes(s)));
      }),
    ...draft,
  ];
}
