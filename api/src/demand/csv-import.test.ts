import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readDemandCsv } from './csv-import.js';
import { countReports, createDemandRound, problemOf } from '../test-support/demand-fixtures.js';
import { signIn } from '../test-support/sign-in.js';

let t: TestContext;
let cookie: string;
let brandUscc: string;
let round: Awaited<ReturnType<typeof createDemandRound>>;

const PRODUCTS = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10'];
const importCsv = (csv: string, type = 'text/csv') =>
  t.request(`/api/rounds/${round.roundId}/demand/import`, {
    method: 'POST',
    cookie,
    body: csv,
    headers: { 'content-type': type },
  });

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'BJ', '北京市');
  const office = await createOrgUser(t.db, 'office', ['office-admin'], 'office1');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hosp-a', 'BJ');
  const company = await createOrgUser(t.db, 'company', ['company-user'], 'comp1');
  brandUscc = (
    await t.db
      .selectFrom('organisation')
      .select('uscc')
      .where('id', '=', company.organisationId)
      .executeTakeFirstOrThrow()
  ).uscc as string;
  cookie = await signIn(t, 'hosp-a');
  round = await createDemandRound(t.db, {
    createdBy: office.userId,
    regions: ['BJ'],
    products: [...PRODUCTS.map((code) => ({ code })), { code: 'G1', groups: ['A', 'B'] }],
  });
});
afterAll(() => t.close());

describe('CSV demand import: all or nothing', () => {
  it('rejects a file with 3 bad rows of 10, listing every problem by spreadsheet row, and saves nothing', async () => {
    const csv = [
      'productCode,quantity,lastYearVolume,brandUscc,group,reason',
      'P01,100,100,,,',
      'P02,1 000,,,,', // row 3: not an integer
      'P03,300,,,,',
      'P04,10,100,,,', // row 5: below the 0.80 floor without a reason
      'P05,500,,,,',
      'P06,600,,,,',
      'NOPE,700,,,,', // row 8: unknown product
      'P08,800,,,,',
      'P09,900,,,,',
      'P10,1000,,,,',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.code).toBe('IMPORT_REJECTED');
    expect(p.errors.map((e) => e.path)).toEqual(['row 3.quantity', 'row 5.reason', 'row 8.productCode']);
    expect(p.detailEn).toContain('nothing was saved');
    expect(p.detailZh).toContain('未保存任何数据');
    expect(await countReports(t.db, round.roundId)).toBe(0);
  });

  it('saves every row of a good file in one go, then updates them from JSON {csv}', async () => {
    const rows = PRODUCTS.slice(0, 9).map((code, i) => `${code},${(i + 1) * 100},${(i + 1) * 100},,,`);
    rows.push(`P01,42,,${brandUscc},,`, 'G1,5,,,B,', 'P10,1,100,,,"集采前已转用\n其他品规"');
    const csv = `\ufeffproductCode,quantity,lastYearVolume,brandUscc,group,reason\r\n${rows.join('\r\n')}\r\n`;
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rows: 12, created: 12, updated: 0, unchanged: 0 });
    expect(await countReports(t.db, round.roundId)).toBe(12);
    const saved = await t.db
      .selectFrom('demand_report')
      .select(['quantity', 'brand_company_id', 'group_key', 'reason', 'status'])
      .where('round_id', '=', round.roundId)
      .execute();
    expect(saved.filter((r) => r.brand_company_id !== null).map((r) => r.quantity)).toEqual(['42']);
    expect(saved.find((r) => r.group_key === 'B')?.quantity).toBe('5');
    expect(saved.some((r) => r.reason === '集采前已转用\n其他品规')).toBe(true);
    expect(new Set(saved.map((r) => r.status))).toEqual(new Set(['submitted']));

    const again = await t.request(`/api/rounds/${round.roundId}/demand/import`, {
      method: 'POST',
      cookie,
      json: { csv: 'quantity,productCode\n7,P03\n' },
    });
    expect(await again.json()).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    const audit = await t.db
      .selectFrom('audit_event')
      .select('payload')
      .where('action', '=', 'demand.imported')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.payload)).toEqual([
      { rows: 12, created: 12, updated: 0, unchanged: 0 },
      { rows: 1, created: 0, updated: 1, unchanged: 0 },
    ]);
  });

  it('leaves a line the file repeats as it stands alone: an approved line stays approved', async () => {
    await createOrgUser(t.db, 'region-bureau', ['region-bureau-user'], 'bureau-bj', 'BJ');
    const bureau = await signIn(t, 'bureau-bj');
    const file = 'quantity,productCode,lastYearVolume\n900,P05,1000\n';
    expect(await (await importCsv(file)).json()).toMatchObject({ updated: 1, unchanged: 0 });
    const line = await t.db
      .selectFrom('demand_report as r')
      .innerJoin('product as p', 'p.id', 'r.product_id')
      .select(['r.id', 'r.updated_at'])
      .where('r.round_id', '=', round.roundId)
      .where('p.code', '=', 'P05')
      .where('r.brand_company_id', 'is', null)
      .executeTakeFirstOrThrow();
    const approved = await t.request(`/api/rounds/${round.roundId}/demand/${line.id}/approve`, {
      method: 'POST',
      cookie: bureau,
      json: { comment: null },
    });
    expect(approved.status, await approved.clone().text()).toBe(200);

    const again = await importCsv(file);
    expect(await again.json()).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
    const after = await t.db
      .selectFrom('demand_report')
      .select(['status', 'quantity'])
      .where('id', '=', line.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'approved', quantity: '900' });

    // a changed quantity is a resubmission: back to the region's review
    expect(await (await importCsv(file.replace('900', '950'))).json()).toMatchObject({ updated: 1 });
    const changed = await t.db
      .selectFrom('demand_report')
      .select('status')
      .where('id', '=', line.id)
      .executeTakeFirstOrThrow();
    expect(changed.status).toBe('submitted');
  });

  it('rejects bad headers, an unknown brand, a bad group and a repeated line', async () => {
    expect(
      (await problemOf(await importCsv('productCode,qty\nP01,1\n'))).errors.map((e) => e.message),
    ).toEqual([expect.stringContaining('unknown column "qty"'), 'missing column quantity']);
    const csv = [
      'productCode,quantity,brandUscc,group',
      'P01,1,91110000000000000X,',
      'G1,1,,C',
      'P05,1,,',
      'P05,2,,',
    ].join('\n');
    const p = await problemOf(await importCsv(csv));
    expect(p.errors.map((e) => e.path)).toEqual(['row 2.brandUscc', 'row 3.group', 'row 5.productCode']);
    expect(p.errors[2]?.message).toContain('row 4');
    expect((await problemOf(await importCsv('productCode,quantity\nP01,1\n', 'application/xml'))).code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });
});

describe('readDemandCsv', () => {
  it('numbers rows as a spreadsheet does, counting blank lines, and reports broken quoting where it starts', () => {
    const reading = readDemandCsv('productCode,quantity\nP01,1\n\nP02,x\nP03,1,extra\n');
    expect(reading.rows.map((r) => r.row)).toEqual([2]);
    expect(reading.problems).toMatchObject([
      { path: 'row 4.quantity', message: expect.stringContaining('not a whole number') },
      { path: 'row 5', message: 'has 3 fields, the header has 2' },
    ]);
    expect(readDemandCsv('productCode,quantity\nP01,1\nP02,"2\n').problems[0]?.path).toBe('row 3');
    expect(readDemandCsv('').problems).toMatchObject([
      { path: 'row 1', message: expect.stringContaining('header row is required') },
    ]);
    expect(readDemandCsv('productCode,quantity\n').problems).toMatchObject([
      { path: 'row 2', message: 'the file has a header but no data rows' },
    ]);
  });
});
