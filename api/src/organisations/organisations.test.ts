import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion, makeUscc, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser, companyA: OrgUser, companyB: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db);
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  await createOrgUser(t.db, 'office', ['auditor'], 'auditor1');
  await createOrgUser(t.db, 'office', ['office-official'], 'official1');
  companyA = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  companyB = await createOrgUser(t.db, 'company', ['company-user'], 'company-b');
});
afterAll(() => t.close());

const audit = (action: string) =>
  t.db
    .selectFrom('audit_event')
    .selectAll()
    .where('stream', '=', 'accounts')
    .where('action', '=', action)
    .orderBy('id')
    .execute();
const countOrganisations = async () =>
  (
    await t.db
      .selectFrom('organisation')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('organisations', () => {
  it('registers a company with a valid USCC and audits it', async () => {
    const uscc = makeUscc();
    const res = await t.request('/api/organisations', {
      method: 'POST',
      cookie: await as('admin1'),
      json: { kind: 'company', name: '华北制药', uscc },
    });
    expect(res.status).toBe(201);
    const org = (await res.json()) as { id: string; uscc: string; regionCode: string | null };
    expect(org).toMatchObject({ uscc, regionCode: null });
    const rows = await audit('organisation.created');
    expect(rows.at(-1)).toMatchObject({
      subject: `organisation:${org.id}`,
      actor_user_id: admin.userId,
      payload: { kind: 'company', uscc },
    });
  });

  it('refuses a bad USCC at path uscc saying which check failed, and saves nothing', async () => {
    const before = await countOrganisations();
    const good = makeUscc();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ kind: 'company', name: 'x', uscc: wrongCheck }, /check digit/],
      [{ kind: 'company', name: 'x', uscc: '9111000012345' }, /length/],
      [{ kind: 'company', name: 'x', uscc: `${good.slice(0, 3)}A${good.slice(4)}` }, /character/],
      [{ kind: 'hospital', name: 'x', regionCode: 'BJ' }, /unified social credit code/],
      [{ kind: 'office', name: 'x', uscc: good }, /only hospitals and companies/],
    ];
    for (const [json, message] of cases) {
      const res = await t.request('/api/organisations', { method: 'POST', cookie: await as('admin1'), json });
      expect(res.status).toBe(400);
      const p = await problem(res);
      expect(p.code).toBe('VALIDATION_FAILED');
      expect(p.errors).toMatchObject([{ path: 'uscc', message: expect.stringMatching(message) }]);
    }
    expect(await countOrganisations()).toBe(before);
  });

  it('needs a known region for hospitals and bureaus, and refuses duplicates and bad fields', async () => {
    const cookie = await as('admin1');
    const noRegion = await problem(
      await t.request('/api/organisations', {
        method: 'POST',
        cookie,
        json: { kind: 'region-bureau', name: '医保局' },
      }),
    );
    expect(noRegion.errors.map((e) => e.path)).toEqual(['regionCode']);
    const unknown = await problem(
      await t.request('/api/organisations', {
        method: 'POST',
        cookie,
        json: { kind: 'hospital', name: 'h', uscc: makeUscc(), regionCode: 'ZZ' },
      }),
    );
    expect(unknown.errors).toMatchObject([{ path: 'regionCode', message: 'no region ZZ' }]);
    const badKind = await t.request('/api/organisations', {
      method: 'POST',
      cookie,
      json: { kind: 'pharmacy', name: '' },
    });
    expect(badKind.status).toBe(400);
    expect((await problem(badKind)).errors.map((e) => e.path)).toEqual(['kind', 'name']);
    const uscc = makeUscc();
    expect(
      (
        await t.request('/api/organisations', {
          method: 'POST',
          cookie,
          json: { kind: 'company', name: 'one', uscc },
        })
      ).status,
    ).toBe(201);
    const dup = await t.request('/api/organisations', {
      method: 'POST',
      cookie,
      json: { kind: 'company', name: 'two', uscc },
    });
    expect(dup.status).toBe(409);
    expect((await problem(dup)).code).toBe('CONFLICT');
  });

  it('lets only office admins register organisations', async () => {
    const res = await t.request('/api/organisations', {
      method: 'POST',
      cookie: await as('official1'),
      json: { kind: 'company', name: 'x', uscc: makeUscc() },
    });
    expect(res.status).toBe(403);
    expect((await t.request('/api/organisations')).status).toBe(401);
  });

  it('shows every organisation to admins and auditors, only its own to anyone else, and 404 for others', async () => {
    const all = (await (await t.request('/api/organisations', { cookie: await as('auditor1') })).json()) as {
      items: { id: string }[];
    };
    expect(all.items.map((o) => o.id)).toEqual(
      expect.arrayContaining([companyA.organisationId, companyB.organisationId]),
    );
    const own = (await (await t.request('/api/organisations', { cookie: await as('company-a') })).json()) as {
      items: { id: string }[];
    };
    expect(own.items.map((o) => o.id)).toEqual([companyA.organisationId]);
    const cookie = await as('company-a');
    expect((await t.request(`/api/organisations/${companyA.organisationId}`, { cookie })).status).toBe(200);
    const other = await t.request(`/api/organisations/${companyB.organisationId}`, { cookie });
    expect(other.status).toBe(404);
    expect((await problem(other)).code).toBe('NOT_FOUND');
    expect((await t.request(`/api/organisations/${companyB.organisationId}/users`, { cookie })).status).toBe(
      404,
    );
    const users = (await (
      await t.request(`/api/organisations/${companyA.organisationId}/users`, { cookie })
    ).json()) as { items: { login: string }[] };
    expect(users.items.map((u) => u.login)).toEqual(['company-a']);
    const official = await t.request(`/api/organisations/${companyA.organisationId}`, {
      cookie: await as('official1'),
    });
    expect(official.status).toBe(404);
  });
});
