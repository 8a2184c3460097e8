import type { Role } from '../../auth/roles.js';
import { readDbNow } from '../../db/db-clock.js';
import { createDemandRound } from '../demand-fixtures.js';
import { signIn } from '../sign-in.js';
import { createOrgUser, ensureRegion } from '../fixtures.js';
import type { TestContext } from '../test-context.js';
import {
  actorOf,
  addUser,
  insertDraftRound,
  insertFacts,
  insertToken,
  insertRegistration,
  listTenants,
  reportDemand,
} from './matrix-fixtures.js';
import { buildAwardRounds } from './matrix-award-rounds.js';
import { insertAcceptedDocument } from './matrix-documents.js';
import { insertMatrixAgreements } from './matrix-agreements.js';
import { insertMatrixOrders } from './matrix-orders.js';
import { insertMatrixMoney } from './matrix-money.js';
import { insertMatrixListing } from './matrix-listing.js';
import { insertOperationsRecords } from './matrix-operations.js';
import type { MatrixWorld, TenantIds } from './matrix-types.js';
import {
  buildSealedRounds,
  placeCompanyABids,
  type Cast,
  type SealedBid,
  type SealedRounds,
} from './matrix-rounds.js';

export { STAGES, type MatrixWorld, type Stage, type TenantIds, type TenantOrg } from './matrix-types.js';

/** The world, and what adding company A's bids to a copy of it needs. */
export interface BuiltWorld {
  readonly world: MatrixWorld;
  readonly cast: Cast;
  readonly sealedRounds: SealedRounds;
}

/** What a bid's company alone may know: the salt always, the commitment until bidding closes. */
const bidSecrets = (bid: SealedBid, rounds: SealedRounds) => [
  bid.salt,
  ...(bid.roundId === rounds.bidding ? [bid.commitment] : []),
  ...(bid.technical ? [bid.technical] : []),
];

/**
 * Two of every tenant: companies A and B (facts, a registration each), hospitals in BJ and TJ (a
 * demand report each), the BJ and TJ region bureaus with reviewers, and one office with an admin,
 * two officials and an auditor; companies C and D bid in the opened rounds. A round per stage (see
 * `STAGES`), each giving both companies what the stage has: bids, offers, objections, agreed
 * volumes. Company A has no bid before opening yet (`addCompanyABids`). Every role signs in as the
 * A side (the BJ hospital and reviewer, company A, the first official); company B signs in too.
 */
export async function buildMatrixWorld(t: TestContext): Promise<BuiltWorld> {
  const db = t.db;
  await ensureRegion(db, 'BJ', '北京市');
  await ensureRegion(db, 'TJ', '天津市');
  const admin = await createOrgUser(db, 'office', ['office-admin'], 'mx-admin');
  const official = await addUser(db, admin.organisationId, 'mx-official', ['office-official']);
  const officialTwo = await addUser(db, admin.organisationId, 'mx-second-official', ['office-official']);
  const auditor = await addUser(db, admin.organisationId, 'mx-auditor', ['auditor']);
  const reviewerA = await createOrgUser(db, 'region-bureau', ['region-bureau-user'], 'mx-rev-bj', 'BJ');
  const reviewerB = await createOrgUser(db, 'region-bureau', ['region-bureau-user'], 'mx-rev-tj', 'TJ');
  const hospitalA = await createOrgUser(db, 'hospital', ['hospital-user'], 'mx-hosp-bj', 'BJ');
  const hospitalB = await createOrgUser(db, 'hospital', ['hospital-user'], 'mx-hosp-tj', 'TJ');
  const companyA = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-a');
  const companyB = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-b');
  const companyC = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-c');
  const companyD = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-d');
  for (const [company, sales] of [
    [companyA, 1111],
    [companyB, 2222],
    [companyC, 3333],
    [companyD, 4444],
  ] as const)
    await insertFacts(db, company.organisationId, admin.userId, sales);

  const round = await createDemandRound(db, {
    createdBy: admin.userId,
    regions: ['BJ', 'TJ'],
    products: [{ code: 'P1' }, { code: 'P2' }],
  });
  const specOf = async (code: string) => {
    const productId = round.products.get(code) as string;
    const spec = await db
      .selectFrom('spec')
      .select('id')
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow();
    return { roundId: round.roundId, productId, specId: spec.id };
  };
  const p1 = await specOf('P1');
  const registrationA = await insertRegistration(db, p1, companyA, '国药准字H20000001');
  const registrationB = await insertRegistration(db, p1, companyB, '国药准字H20000002');
  const documentA = await insertAcceptedDocument(db, companyA, 'mx-cert-of-a.pdf');
  const documentB = await insertAcceptedDocument(db, companyB, 'mx-cert-of-b.pdf');
  const draft = await insertDraftRound(db, admin.userId);

  const company = (who: typeof companyA) => actorOf(who, 'company', ['company-user']);
  const cast: Cast = {
    admin: actorOf(admin, 'office', ['office-admin']),
    officials: [
      actorOf(official, 'office', ['office-official']),
      actorOf(officialTwo, 'office', ['office-official']),
    ],
    companyA: company(companyA),
    companyB: company(companyB),
    companyC: company(companyC),
    companyD: company(companyD),
    hospitalBJ: actorOf(hospitalA, 'hospital', ['hospital-user'], 'BJ'),
    hospitalTJ: actorOf(hospitalB, 'hospital', ['hospital-user'], 'TJ'),
  };
  const sealedRounds = await buildSealedRounds(t.deps, cast);
  const award = await buildAwardRounds(t.deps, cast);
  const agreements = await insertMatrixAgreements(t.deps, cast, award.agreed);
  const purchases = await insertMatrixOrders(db, agreements);
  const money = await insertMatrixMoney(db, agreements);
  await insertMatrixListing(db, award.agreed, companyA.organisationId, admin.userId);

  const cookies: Record<Role, string> = {
    'office-admin': await signIn(t, 'mx-admin'),
    'office-official': await signIn(t, 'mx-official'),
    auditor: await signIn(t, 'mx-auditor'),
    'region-bureau-user': await signIn(t, 'mx-rev-bj'),
    'hospital-user': await signIn(t, 'mx-hosp-bj'),
    'company-user': await signIn(t, 'mx-comp-a'),
  };
  const reportA = await reportDemand(t, cookies['hospital-user'], round.roundId);
  const reportB = await reportDemand(t, await signIn(t, 'mx-hosp-tj'), round.roundId);
  const companyBCookie = await signIn(t, 'mx-comp-b');
  const records = await insertOperationsRecords(db, {
    recordedBy: admin.userId,
    roundId: sealedRounds.bidding,
  });

  const tokens = new Map<string, string>();
  for (const who of [
    admin,
    official,
    auditor,
    reviewerA,
    reviewerB,
    hospitalA,
    hospitalB,
    companyA,
    companyB,
  ])
    tokens.set(who.userId, await insertToken(db, who.userId));
  const tokenOf = (who: { userId: string }) => tokens.get(who.userId) as string;
  const sideA = (who: { organisationId: string; userId: string }): TenantIds => ({
    organisationId: who.organisationId,
    userId: who.userId,
    companyId: companyA.organisationId,
    registrationId: registrationA,
    reportId: reportA,
    offerId: award.offers.a,
    objectionId: award.objections.a,
    documentId: documentA,
    agreementId: agreements.a,
    orderId: purchases.orders.a,
    deliveryId: purchases.deliveries.a,
    ...money.a,
    hospitalId: hospitalA.organisationId,
    tokenId: tokenOf(who),
  });
  const sideB = (who: { organisationId: string; userId: string }): TenantIds => ({
    organisationId: who.organisationId,
    userId: who.userId,
    companyId: companyB.organisationId,
    registrationId: registrationB,
    reportId: reportB,
    offerId: award.offers.b,
    objectionId: award.objections.b,
    documentId: documentB,
    agreementId: agreements.b,
    orderId: purchases.orders.b,
    deliveryId: purchases.deliveries.b,
    ...money.b,
    hospitalId: hospitalB.organisationId,
    tokenId: tokenOf(who),
  });
  const pair = (own: typeof admin, other: typeof admin) => ({ own: sideA(own), other: sideB(other) });
  const home = (who: { login: string; organisationId: string }, region: string | null = null) => ({
    login: who.login,
    organisationId: who.organisationId,
    region,
  });

  const bidsOf = (org: string) =>
    sealedRounds.bids.filter((b) => b.company === org).flatMap((b) => bidSecrets(b, sealedRounds));
  const owned: Record<string, string[]> = {
    [companyA.organisationId]: [
      registrationA,
      '国药准字H20000001',
      ...bidsOf(companyA.organisationId),
      award.offers.a,
      award.objections.a,
      award.statements.a,
      documentA,
      'mx-cert-of-a.pdf',
    ],
    [companyB.organisationId]: [
      registrationB,
      '国药准字H20000002',
      ...bidsOf(companyB.organisationId),
      award.offers.b,
      award.objections.b,
      award.statements.b,
      documentB,
      'mx-cert-of-b.pdf',
      agreements.b,
      purchases.deliveries.b,
      money.b.acceptedDeliveryId,
      money.b.invoiceId,
      'MX-FP-B',
    ],
    [hospitalA.organisationId]: [reportA],
    // TJ × B concerns neither side A party (BJ × A is seen by both of its parties, as it should be)
    [hospitalB.organisationId]: [
      reportB,
      agreements.b,
      purchases.deliveries.b,
      money.b.acceptedDeliveryId,
      money.b.invoiceId,
      'MX-FP-B',
    ],
  };
  const { tenants, orgKinds } = await listTenants(db, owned);

  const world: MatrixWorld = {
    rounds: {
      demand: round.roundId,
      draft: draft.id,
      bidding: sealedRounds.bidding,
      closed: sealedRounds.closed,
      technical: sealedRounds.technical,
      evaluated: award.evaluated,
      revival: award.revival,
      objection: award.objection,
      'objection-over': award.objectionOver,
      awarded: award.awarded,
      selection: award.selection,
      agreed: award.agreed,
    },
    draft,
    spareSpec: await specOf('P2'),
    dbNow: (await readDbNow(db)).toISOString(),
    cookies,
    ids: {
      anonymous: pair(hospitalA, hospitalB),
      'office-admin': pair(admin, companyB),
      'office-official': pair(official, companyB),
      auditor: pair(auditor, companyB),
      'region-bureau-user': pair(reviewerA, reviewerB),
      'hospital-user': pair(hospitalA, hospitalB),
      'company-user': pair(companyA, companyB),
    },
    home: {
      anonymous: { login: hospitalA.login, organisationId: null, region: null },
      'office-admin': home(admin),
      'office-official': home(official),
      auditor: home(auditor),
      'region-bureau-user': home(reviewerA, 'BJ'),
      'hospital-user': home(hospitalA, 'BJ'),
      'company-user': home(companyA),
    },
    tenants,
    orgKinds,
    companyBCookie,
    officialIds: cast.officials.map((o) => o.userId),
    closedShare: sealedRounds.closedShares[0],
    technicalOpenedBidId: sealedRounds.technicalOpenedBidId,
    pickRegion: award.pickRegion,
    ...records,
    sealed: [...sealedRounds.bids.map((b) => b.packPrice), ...sealedRounds.officialTwoShares],
    companyABidKey: null,
  };
  return { world, cast, sealedRounds };
}

/**
 * Company A bids for P1 in the bidding round and in the closed round, in a copy of the world: the
 * world in which A has bid, beside the one in which nobody but B has. Its bids' secrets join A's.
 */
export async function addCompanyABids(t: TestContext, built: BuiltWorld): Promise<MatrixWorld> {
  const { world, cast, sealedRounds } = built;
  const bids = await placeCompanyABids(t.deps, cast, sealedRounds);
  const secrets = bids.flatMap((b) => bidSecrets(b, sealedRounds));
  return {
    ...world,
    tenants: world.tenants.map((tenant) =>
      tenant.id === cast.companyA.organisationId
        ? { ...tenant, secrets: [...tenant.secrets, ...secrets] }
        : tenant,
    ),
    sealed: [...world.sealed, ...bids.map((b) => b.packPrice)],
    companyABidKey: bids[0]?.key ?? null,
  };
}
