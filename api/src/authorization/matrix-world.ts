import type { OrganisationKind, Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { createDemandRound, signIn } from '../test-support/demand-fixtures.js';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import type { TestContext } from '../test-support/test-context.js';
import type { Caller } from './authorization-policy.js';

/** The ids a caller puts in a request's path, on its own side or on the other tenant's. */
export interface TenantIds {
  readonly organisationId: string;
  readonly userId: string;
  readonly companyId: string;
  readonly registrationId: string;
  readonly reportId: string;
  /** own: the published round; other: the draft, which exists only for the office */
  readonly roundId: string;
}

/** A tenant organisation and every string that identifies it or its data. */
export interface TenantOrg {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly region: string | null;
  readonly secrets: readonly string[];
}

export interface MatrixWorld {
  /** published, demand open, regions BJ and TJ; products P1 (registered by both companies) and P2 */
  readonly roundId: string;
  readonly draft: { readonly id: string; readonly code: string; readonly name: string };
  /** P2's spec: registered by no one */
  readonly spareSpec: { readonly productId: string; readonly specId: string };
  readonly dbNow: string;
  readonly cookies: Readonly<Record<Role, string>>;
  readonly ids: Readonly<Record<Caller, { readonly own: TenantIds; readonly other: TenantIds }>>;
  /** the caller's login, organisation and region (anonymous borrows the BJ hospital's login) */
  readonly home: Readonly<
    Record<Caller, { login: string; organisationId: string | null; region: string | null }>
  >;
  readonly tenants: readonly TenantOrg[];
  readonly orgKinds: Readonly<Record<string, OrganisationKind>>;
}

/** Another user in an existing organisation, with the same password as its first user. */
async function addUser(db: Db, organisationId: string, login: string, roles: Role[]) {
  const { password_hash } = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('app_user')
    .values({ organisation_id: organisationId, login, display_name: login, password_hash, roles })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisationId, userId: user.id, login };
}

async function insertFacts(db: Db, companyId: string, updatedBy: string, salesVolume: number) {
  await db
    .insertInto('company_fact')
    .values({
      company_id: companyId,
      credit_rank: 0,
      regions_supplied_last_year: 2,
      sales_volume: salesVolume,
      affiliate_group: null,
      on_violation_list: false,
      violation_until: null,
      quality_failure_on: null,
      updated_by: updatedBy,
    })
    .execute();
}

async function insertRegistration(
  db: Db,
  round: { roundId: string; productId: string; specId: string },
  company: { organisationId: string; userId: string },
  approvalNumber: string,
) {
  const row = await db
    .insertInto('company_product')
    .values({
      round_id: round.roundId,
      product_id: round.productId,
      spec_id: round.specId,
      company_id: company.organisationId,
      approval_number: approvalNumber,
      approval_date: '2020-01-01',
      originator: false,
      reference: false,
      consistency_passed_on: null,
      annual_capacity: null,
      market_volume: null,
      created_by: company.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertDraftRound(db: Db, createdBy: string) {
  const draft = { code: 'MX-DRAFT-ROUND', name: '草稿 matrix draft round' };
  const row = await db
    .insertInto('round')
    .values({ ...draft, ruleset: JSON.stringify('nvbp-7'), created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('round_region').values({ round_id: row.id, region_code: 'BJ' }).execute();
  return { id: row.id, ...draft };
}

async function reportDemand(t: TestContext, cookie: string, roundId: string): Promise<string> {
  const res = await t.request(`/api/rounds/${roundId}/demand/P1`, {
    method: 'PUT',
    cookie,
    json: { quantity: 100 },
  });
  if (res.status !== 201) throw new Error(`demand report answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/**
 * Two of every tenant: companies A and B (facts, a registration each), hospitals in BJ and TJ (a
 * demand report each), the BJ and TJ region bureaus with reviewers, and one office with an admin,
 * an official and an auditor; a published round with demand open, and a draft round. Every role
 * signs in as the A side (the BJ hospital and reviewer, company A).
 */
export async function buildMatrixWorld(t: TestContext): Promise<MatrixWorld> {
  const db = t.db;
  await ensureRegion(db, 'BJ', '北京市');
  await ensureRegion(db, 'TJ', '天津市');
  const admin = await createOrgUser(db, 'office', ['office-admin'], 'mx-admin');
  const official = await addUser(db, admin.organisationId, 'mx-official', ['office-official']);
  const auditor = await addUser(db, admin.organisationId, 'mx-auditor', ['auditor']);
  const reviewerA = await createOrgUser(db, 'region-bureau', ['region-reviewer'], 'mx-rev-bj', 'BJ');
  const reviewerB = await createOrgUser(db, 'region-bureau', ['region-reviewer'], 'mx-rev-tj', 'TJ');
  const hospitalA = await createOrgUser(db, 'hospital', ['hospital-user'], 'mx-hosp-bj', 'BJ');
  const hospitalB = await createOrgUser(db, 'hospital', ['hospital-user'], 'mx-hosp-tj', 'TJ');
  const companyA = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-a');
  const companyB = await createOrgUser(db, 'company', ['company-user'], 'mx-comp-b');
  await insertFacts(db, companyA.organisationId, admin.userId, 1111);
  await insertFacts(db, companyB.organisationId, admin.userId, 2222);

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
  const draft = await insertDraftRound(db, admin.userId);

  const cookies: Record<Role, string> = {
    'office-admin': await signIn(t, 'mx-admin'),
    'office-official': await signIn(t, 'mx-official'),
    auditor: await signIn(t, 'mx-auditor'),
    'region-reviewer': await signIn(t, 'mx-rev-bj'),
    'hospital-user': await signIn(t, 'mx-hosp-bj'),
    'company-user': await signIn(t, 'mx-comp-a'),
  };
  const reportA = await reportDemand(t, cookies['hospital-user'], round.roundId);
  const reportB = await reportDemand(t, await signIn(t, 'mx-hosp-tj'), round.roundId);

  const sideA = (who: { organisationId: string; userId: string }): TenantIds => ({
    organisationId: who.organisationId,
    userId: who.userId,
    companyId: companyA.organisationId,
    registrationId: registrationA,
    reportId: reportA,
    roundId: round.roundId,
  });
  const sideB = (who: { organisationId: string; userId: string }): TenantIds => ({
    organisationId: who.organisationId,
    userId: who.userId,
    companyId: companyB.organisationId,
    registrationId: registrationB,
    reportId: reportB,
    roundId: draft.id,
  });
  const pair = (own: typeof admin, other: typeof admin) => ({ own: sideA(own), other: sideB(other) });
  const home = (who: { login: string; organisationId: string }, region: string | null = null) => ({
    login: who.login,
    organisationId: who.organisationId,
    region,
  });

  const orgs = await db
    .selectFrom('organisation')
    .select(['id', 'kind', 'name', 'uscc', 'region_code'])
    .execute();
  const users = await db.selectFrom('app_user').select(['id', 'login', 'organisation_id']).execute();
  const owned: Record<string, string[]> = {
    [companyA.organisationId]: [registrationA, '国药准字H20000001'],
    [companyB.organisationId]: [registrationB, '国药准字H20000002'],
    [hospitalA.organisationId]: [reportA],
    [hospitalB.organisationId]: [reportB],
  };
  const tenants = orgs
    .filter((o) => o.kind !== 'office')
    .map((o) => ({
      id: o.id,
      kind: o.kind,
      region: o.region_code,
      secrets: [
        o.id,
        o.name,
        ...(o.uscc ? [o.uscc] : []),
        ...users.filter((u) => u.organisation_id === o.id).flatMap((u) => [u.id, u.login]),
        ...(owned[o.id] ?? []),
      ],
    }));

  return {
    roundId: round.roundId,
    draft,
    spareSpec: await specOf('P2'),
    dbNow: (await readDbNow(db)).toISOString(),
    cookies,
    ids: {
      anonymous: pair(hospitalA, hospitalB),
      'office-admin': pair(admin, companyB),
      'office-official': pair(official, companyB),
      auditor: pair(auditor, companyB),
      'region-reviewer': pair(reviewerA, reviewerB),
      'hospital-user': pair(hospitalA, hospitalB),
      'company-user': pair(companyA, companyB),
    },
    home: {
      anonymous: { login: hospitalA.login, organisationId: null, region: null },
      'office-admin': home(admin),
      'office-official': home(official),
      auditor: home(auditor),
      'region-reviewer': home(reviewerA, 'BJ'),
      'hospital-user': home(hospitalA, 'BJ'),
      'company-user': home(companyA),
    },
    tenants,
    orgKinds: Object.fromEntries(orgs.map((o) => [o.id, o.kind])),
  };
}
