import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion, makeUscc, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';

let t: TestContext;
let as: ReturnType<typeof testSessions>;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db);
  await ensureRegion(t.db, 'SH', '上海市');
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  const hospitals: [string, string][] = [
    ['北京协和医院', 'BJ'],
    ['北京大学第一医院', 'BJ'],
    ['上海瑞金医院', 'SH'],
    ['上海协和门诊部', 'SH'],
    ['50%_医院', 'SH'],
  ];
  await t.db
    .insertInto('organisation')
    .values(
      hospitals.map(([name, region]) => ({ kind: 'hospital', name, uscc: makeUscc(), region_code: region })),
    )
    .execute();
});
afterAll(() => t.close());

type Page = { items: { name: string; kind: string; regionCode: string | null }[]; nextCursor: string | null };
const list = async (query: string, login = 'admin1') => {
  const res = await t.request(`/api/organisations?${query}`, { cookie: await as(login) });
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};

describe('organisation list filters', () => {
  it('filters by kind, region and a part of the name in the database, and pages the result', async () => {
    expect((await list('kind=hospital&q=协和')).items.map((o) => o.name)).toEqual([
      '上海协和门诊部',
      '北京协和医院',
    ]);
    expect((await list('kind=hospital&regionCode=bj&q=协和')).items.map((o) => o.name)).toEqual([
      '北京协和医院',
    ]);
    expect((await list('regionCode=SH')).items.map((o) => o.name).sort()).toEqual(
      ['50%_医院', '上海协和门诊部', '上海瑞金医院'].sort(),
    );
    // LIKE's wildcards are the characters themselves
    expect((await list('q=%25_')).items.map((o) => o.name)).toEqual(['50%_医院']);
    const first = await list('kind=hospital&limit=2');
    expect(first.items).toHaveLength(2);
    const second = await list(`kind=hospital&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((o) => o.name)).not.toContain(first.items[0]?.name);
    expect((await list('kind=company')).items.every((o) => o.kind === 'company')).toBe(true);
  });

  it('keeps a company to its own organisation whatever it filters, and refuses an unknown kind', async () => {
    expect((await list('kind=hospital', 'company-a')).items).toEqual([]);
    const res = await t.request('/api/organisations?kind=castle', { cookie: await as('admin1') });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors.map((e) => e.path)).toEqual(['query.kind']);
  });
});
