import { ROLE_ORGANISATION, ROLES, type Role } from '../../auth/roles.js';
import { PASSWORD } from '../fixtures.js';
import type { Caller } from '../../authorization/authorization-policy.js';
import type { MatrixWorld } from './matrix-world.js';
import { MONEY_BODIES } from './matrix-money-bodies.js';

export interface BodyRequest {
  readonly caller: Caller;
  readonly params: Readonly<Record<string, string>>;
  readonly world: MatrixWorld;
}
let serial = 0;
/** no file of anyone's: the matrix world attaches none (technical-files tests prove the files' own rules) */
const MATRIX_FILE_ID = '00000000-0000-4000-8000-00000000f11e';
const fitting = (kind: string): Role => ROLES.find((r) => ROLE_ORGANISATION[r] === kind) as Role;

/**
 * A minimal valid body per write operation: the app validates a body before the route checks the
 * role, so an invalid body would answer 400 where the matrix asks for the authorization answer.
 */
export const BODIES: Readonly<Record<string, (r: BodyRequest) => unknown>> = {
  ...MONEY_BODIES,
  'POST /auth/login': ({ caller, world }) => ({ login: world.home[caller].login, password: PASSWORD }),
  'POST /auth/tokens': () => ({ name: 'matrix token' }),
  'POST /auth/password': () => ({ currentPassword: PASSWORD, newPassword: 'matrix: a fresh passphrase 42' }),
  'POST /rounds/{roundId}/key-ceremony/my-share': () => ({ confirm: true }),
  // a hash no terms have: the matrix proves who may sign, never signs (409 for the party itself)
  'POST /rounds/{roundId}/agreements/{agreementId}/sign': () => ({
    password: PASSWORD,
    termsSha256: '0'.repeat(64),
  }),
  'POST /organisations': () => ({ kind: 'office', name: `matrix office ${++serial}` }),
  'POST /organisations/{id}/users': ({ params, world }) => ({
    login: `mx-new-${++serial}`,
    displayName: 'matrix user',
    password: 'a long enough password',
    roles: [fitting(world.orgKinds[params.id as string] ?? 'office')],
  }),
  'PATCH /users/{id}': () => ({ displayName: 'matrix renamed' }),
  'POST /rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice': () => ({
    note: 'matrix',
  }),
  'PUT /rounds/{roundId}/inventory/{month}': () => ({ items: [] }),
  'POST /rounds': () => ({
    code: `MX-${++serial}`,
    name: 'matrix round',
    regionCodes: ['BJ'],
    ruleset: 'nvbp-7',
  }),
  'PATCH /rounds/{roundId}': () => ({ name: 'matrix renamed' }),
  'POST /rounds/{roundId}/orders': () => ({ productCode: 'P1', packs: 1 }),
  'POST /rounds/{roundId}/orders/{orderId}/cancellation': () => ({ reason: 'matrix' }),
  'POST /rounds/{roundId}/orders/{orderId}/deliveries': () => ({
    batchNo: 'MX-2',
    packs: 1,
    deliveredOn: new Date().toISOString().slice(0, 10),
  }),
  'POST /rounds/{roundId}/deliveries/{deliveryId}/acceptance': () => ({ acceptedPacks: 4 }),
  'POST /distributors': () => ({ name: 'matrix distributor', uscc: '91110000MA01ABCD2X', regions: [] }),
  'POST /rounds/{roundId}/backup-activations': ({ world }) => ({
    productId: MATRIX_FILE_ID,
    failedCompanyId: world.ids['company-user'].own.companyId,
    regionCodes: ['BJ'],
    reason: 'matrix',
  }),
  'POST /listings': ({ world }) => ({
    productId: MATRIX_FILE_ID,
    companyId: world.ids['company-user'].own.companyId,
    specCode: 'S1',
    packPrice: '1.00',
    reason: 'matrix',
  }),
  'POST /listings/{listingId}/changes': () => ({ action: 'delist', reason: 'matrix' }),
  'POST /rounds/{roundId}/ruleset-preview': () => ({ ruleset: { extends: 'nvbp-7', spreadMultiple: '1.1' } }),
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
  'POST /rounds/{roundId}/products/import': () => ({
    csv: `productCode,name,form,volumeClass,strengthUnit,representativeSpecCode,specCode,strength,unitsPerPack,ceiling\nMX${++serial},matrix product,oral-solid,general,mg,S1,S1,10,14,2.0000\n`,
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
  'POST /company-documents': () => ({
    kind: 'gmp-certificate',
    filename: 'GMP.pdf',
    contentType: 'application/pdf',
    size: 1000,
    sha256: '0'.repeat(64),
  }),
  'PUT /rounds/{roundId}/demand/{productCode}': () => ({ quantity: 120 }),
  'POST /rounds/{roundId}/demand/import': () => ({ csv: 'productCode,quantity\nP2,130\n' }),
  'POST /rounds/{roundId}/purchases/import': () => ({
    csv: 'externalRef,productCode,company,packs,packPrice,orderedOn\nRK-1,P2,Company,1,1.00,2027-01-05\n',
  }),
  'POST /rounds/{roundId}/demand/{reportId}/approve': () => ({}),
  'POST /rounds/{roundId}/registrations/{id}/review': () => ({ decision: 'approved' }),
  'POST /rounds/{roundId}/demand/{reportId}/return': () => ({ comment: 'matrix' }),
  'POST /rounds/{roundId}/demand/approve-many': ({ caller, world }) => ({
    reports: [{ id: world.ids[caller].own.reportId, expectedUpdatedAt: '2026-01-01T00:00:00Z' }],
  }),
  'PUT /rounds/{roundId}/clock': ({ world }) => ({ now: world.dbNow, speed: 1 }),

  'POST /rounds/{roundId}/key-ceremony': ({ world }) => ({ officialUserIds: world.officialIds, k: 2 }),
  'PUT /rounds/{roundId}/bids/{productCode}': () => ({ specCode: 'S1', packPrice: '11.11' }),
  'POST /rounds/{roundId}/opening/shares': ({ world }) => ({ share: world.closedShare }),
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/uploads': () => ({
    filename: 'matrix.pdf',
    contentType: 'application/pdf',
    size: 1024,
    sha256: '0'.repeat(64),
  }),
  'POST /rounds/{roundId}/bids/{productCode}/technical-files': () => ({ uploadId: MATRIX_FILE_ID }),
  'POST /rounds/{roundId}/bids/{productCode}/technical-files/removal': () => ({ fileId: MATRIX_FILE_ID }),
  'PUT /rounds/{roundId}/opening/technical-review': ({ world }) => ({
    reviews: [{ openedBidId: world.technicalOpenedBidId, pass: true }],
  }),
  'POST /outages': () => ({ startsAt: '2020-01-01T09:00', endsAt: '2020-01-01T10:00', cause: 'matrix' }),
  'PATCH /outages/{outageId}': ({ world }) => ({ endsAt: world.outage.endsAt }),
  'PUT /rounds/{roundId}/outage-formula': () => ({
    graceAfterMinutes: 30,
    extensionMinutes: 'outage-duration',
    minimumExtensionMinutes: 60,
  }),
  'POST /rounds/{roundId}/evaluation/what-if': () => ({ a: { base: 'round' }, b: { base: 'nvbp-10' } }),
  'PUT /rounds/{roundId}/award-settings': () => ({ revivalWindowHours: 24, regionTurnMinutes: 30 }),
  'POST /rounds/{roundId}/revival-offers/{offerId}/answer': () => ({ answer: 'accept' }),
  'POST /rounds/{roundId}/objections': () => ({
    type: 'other',
    productCode: 'P1',
    statement: 'matrix objection',
  }),
  'POST /rounds/{roundId}/objections/{id}/answer': () => ({ decision: 'rejected', answer: 'matrix answer' }),
  'PUT /rounds/{roundId}/region-preferences/{productCode}': () => ({ regions: ['TJ', 'BJ'] }),
  'POST /rounds/{roundId}/region-selection/picks': ({ world }) => ({
    productCode: 'P1',
    regionId: world.pickRegion,
  }),
  'PUT /rounds/{roundId}/surplus/{hospitalId}/grade': () => ({ grade: 'B' }),
  'POST /rounds/{roundId}/renewal': () => ({ code: `MX-RENEWAL-${++serial}`, name: 'matrix renewal' }),
};
