import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';
import { listCompanyFacts } from './companies.repository.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser, companyA: OrgUser, companyB: OrgUser, hospital: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db);
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  await createOrgUser(t.db, 'office', ['office-official'], 'official1');
  await createOrgUser(t.db, 'office', ['auditor'], 'auditor1');
  companyA = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  companyB = await createOrgUser(t.db, 'company', ['company-user'], 'company-b');
  hospital = await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hospital1');
});
afterAll(() => t.close());

const facts = {
  creditRank: 1,
  regionsSuppliedLastYear: 12,
  salesVolume: 3_000_000_000,
  affiliateGroup: null,
  onViolationList: false,
  violationUntil: null,
  qualityFailureOn: '2023-05-04',
};

describe('company facts', () => {
  it('are written by the office admin, read by the company itself and the office, hidden from others', async () => {
    const url = `/api/companies/${companyA.organisationId}/facts`;
    expect((await t.request(url, { cookie: await as('company-a') })).status).toBe(404);
    const put = await t.request(url, { method: 'PUT', cookie: await as('admin1'), json: facts });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      ...facts,
      companyId: companyA.organisationId,
      updatedBy: admin.userId,
    });
    for (const login of ['company-a', 'official1', 'auditor1']) {
      const res = await t.request(url, { cookie: await as(login) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ salesVolume: 3_000_000_000, qualityFailureOn: '2023-05-04' });
    }
    for (const login of ['company-b', 'hospital1']) {
      const res = await t.request(url, { cookie: await as(login) });
      expect(res.status).toBe(404);
      expect((await problem(res)).code).toBe('NOT_FOUND');
    }
    expect((await t.request(url, { method: 'PUT', cookie: await as('company-a'), json: facts })).status).toBe(
      403,
    );
    const notCompany = await t.request(`/api/companies/${hospital.organisationId}/facts`, {
      method: 'PUT',
      cookie: await as('admin1'),
      json: facts,
    });
    expect(notCompany.status).toBe(404);
  });

  it('refuses bad facts with field paths and changes nothing; audits before and after', async () => {
    const url = `/api/companies/${companyA.organisationId}/facts`;
    const cookie = await as('admin1');
    const bad = await t.request(url, {
      method: 'PUT',
      cookie,
      json: { ...facts, creditRank: 7, violationUntil: '2027-01-01', salesVolume: -1 },
    });
    expect(bad.status).toBe(400);
    expect((await problem(bad)).errors.map((e) => e.path).sort()).toEqual([
      'creditRank',
      'salesVolume',
      'violationUntil',
    ]);
    const badDate = await problem(
      await t.request(url, { method: 'PUT', cookie, json: { ...facts, qualityFailureOn: '2023-02-30' } }),
    );
    expect(badDate.errors.map((e) => e.path)).toEqual(['qualityFailureOn']);
    expect((await listCompanyFacts(t.db, [companyA.organisationId]))[0]).toMatchObject({
      credit_rank: 1,
      quality_failure_on: '2023-05-04',
    });

    const listed = {
      ...facts,
      creditRank: 3,
      affiliateGroup: '华北集团',
      onViolationList: true,
      violationUntil: '2027-06-30',
    };
    expect((await t.request(url, { method: 'PUT', cookie, json: listed })).status).toBe(200);
    const rows = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'company-facts.updated')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.stream)).toEqual(['accounts', 'accounts']);
    expect(rows[1]?.payload).toMatchObject({
      before: { creditRank: 1, onViolationList: false },
      after: { creditRank: 3, affiliateGroup: '华北集团', violationUntil: '2027-06-30' },
    });
  });

  it('are kept to companies by the schema itself', async () => {
    const insert = (companyId: string) =>
      t.db
        .insertInto('company_fact')
        .values({
          company_id: companyId,
          credit_rank: 0,
          regions_supplied_last_year: 0,
          sales_volume: 0,
          affiliate_group: null,
          on_violation_list: false,
          violation_until: null,
          quality_failure_on: null,
          updated_by: admin.userId,
        })
        .execute();
    await expect(insert(hospital.organisationId)).rejects.toThrow(/not a company/);
    expect(
      await listCompanyFacts(t.db, [
        companyA.organisationId,
        companyB.organisationId,
        hospital.organisationId,
      ]),
    ).toHaveLength(1);
    expect(await listCompanyFacts(t.db, [])).toEqual([]);
  });
});
