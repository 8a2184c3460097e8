import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../test-support/api-client.js';
import {
  createDemandRound,
  createDemandWorld,
  demandClient,
  type DemandWorld,
} from '../test-support/demand-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { testApi } from '../test-support/api-client.js';
import { readXlsx, XLSX } from '../test-support/xlsx-files.js';

let t: TestContext;
let who: DemandWorld;
let client: ReturnType<typeof demandClient>;
let earlier: Awaited<ReturnType<typeof createDemandRound>>;
let current: Awaited<ReturnType<typeof createDemandRound>>;
const as = (login: string) => testApi(t, { cookie: who[login]?.cookie as string });
const path = (roundId: string) => ({ params: { path: { roundId } } });

beforeAll(async () => {
  t = await createTestContext();
  who = await createDemandWorld(t);
  client = demandClient(t, who);
  const createdBy = who.office1?.userId as string;
  earlier = await createDemandRound(t.db, { createdBy, regions: ['BJ'], products: [{ code: 'M1' }] });
  current = await createDemandRound(t.db, {
    createdBy,
    regions: ['BJ', 'TJ'],
    products: [{ code: 'M1' }, { code: 'M2' }, { code: 'M3', groups: ['A', 'B'] }],
  });
  // the earlier round's window opened a year before this one's
  await t.db
    .updateTable('round')
    .set({ demand_opens_at: new Date(Date.now() - 365 * 86_400_000) })
    .where('id', '=', earlier.roundId)
    .execute();
  await ok(client.put('hosp-a', earlier.roundId, 'M1', { quantity: 1200 }), 201);
});
afterAll(() => t.close());

describe("a hospital's worksheet and template (报量模板)", () => {
  it("takes last year's volume from the own line of this round, else the own report of the earlier round", async () => {
    const before = await ok(as('hosp-a').GET('/rounds/{roundId}/demand/worksheet', path(current.roundId)));
    expect(before.demandFloorShare).toBe('0.80');
    const m1 = before.products.find((p) => p.productCode === 'M1');
    expect(m1).toMatchObject({
      lastYearVolume: 1200,
      lastYearSource: 'earlier-round',
      genericName: '药品 M1',
    });
    expect(m1?.unit).toBe('片（粒）');
    expect(m1?.specs).toBe('10mg×14');
    expect(before.products.find((p) => p.productCode === 'M2')?.lastYearVolume).toBeNull();
    // another hospital has no earlier report
    const other = await ok(as('hosp-b').GET('/rounds/{roundId}/demand/worksheet', path(current.roundId)));
    expect(other.products.every((p) => p.lastYearVolume === null)).toBe(true);

    await ok(client.put('hosp-a', current.roundId, 'M1', { quantity: 1000, lastYearVolume: 1100 }), 201);
    const after = await ok(as('hosp-a').GET('/rounds/{roundId}/demand/worksheet', path(current.roundId)));
    expect(after.products.find((p) => p.productCode === 'M1')).toMatchObject({
      lastYearVolume: 1100,
      lastYearSource: 'this-round',
      lastYearRoundCode: null,
    });
    const refused = await as('rev-bj').GET('/rounds/{roundId}/demand/worksheet', path(current.roundId));
    expect(refused.response.status).toBe(403);
  });

  it('downloads an .xlsx of my products that imports back in the same format (round trip)', async () => {
    const res = await t.request(`/api/rounds/${current.roundId}/demand/template`, {
      cookie: who['hosp-a']?.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const [sheet] = await readXlsx(bytes);
    expect(sheet?.rows[0]).toEqual([
      '产品编码',
      '通用名',
      '规格',
      '单位',
      '上年用量',
      '报量',
      '品牌企业统一社会信用代码',
      '分组',
      '理由',
    ]);
    // M1 as reported (quantity and last year's volume), M2 empty, M3 one row per group
    expect(sheet?.rows.slice(1).map((r) => [r[0], r[4] ?? null, r[5] ?? null, r[7] ?? null])).toEqual([
      ['M1', 1100, 1000, null],
      ['M2', null, null, null],
      ['M3', null, null, 'A'],
      ['M3', null, null, 'B'],
    ]);

    // the file as downloaded imports (only M1 has a quantity; the empty rows are skipped)
    const back = await t.request(`/api/rounds/${current.roundId}/demand/import`, {
      method: 'POST',
      cookie: who['hosp-a']?.cookie,
      body: bytes,
      headers: { 'content-type': XLSX },
    });
    expect(back.status, await back.clone().text()).toBe(200);
    expect(await back.json()).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });

    // filled in, in Excel: M2 and group B of M3 get quantities
    const filled = sheet?.sheet;
    if (!filled) throw new Error('no sheet');
    filled.getRow(3).getCell(6).value = 500;
    filled.getRow(5).getCell(6).value = 70;
    const buffer = await filled.workbook.xlsx.writeBuffer();
    const imported = await t.request(`/api/rounds/${current.roundId}/demand/import`, {
      method: 'POST',
      cookie: who['hosp-a']?.cookie,
      body: new Uint8Array(buffer as ArrayBuffer),
      headers: { 'content-type': XLSX },
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect(await imported.json()).toEqual({ rows: 3, created: 2, updated: 0, unchanged: 1 });
    const lines = await client.reportsOf('hosp-a', current.roundId);
    expect(lines.map((l) => [l.productCode, l.group, l.quantity])).toEqual([
      ['M1', null, 1000],
      ['M2', null, 500],
      ['M3', 'B', 70],
    ]);
  });

  it('downloads the CSV template, which imports back too', async () => {
    const res = await t.request(`/api/rounds/${current.roundId}/demand/template?format=csv`, {
      cookie: who['hosp-c']?.cookie,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      '产品编码,通用名,规格,单位,上年用量,报量,品牌企业统一社会信用代码,分组,理由',
    );
    const filled = text.replace('M2,药品 M2,10mg×14,片（粒）,,,', 'M2,药品 M2,10mg×14,片（粒）,,40,');
    const imported = await t.request(`/api/rounds/${current.roundId}/demand/import`, {
      method: 'POST',
      cookie: who['hosp-c']?.cookie,
      body: filled,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect(await imported.json()).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0 });
  });
});

describe("a hospital's rounds, history and a line's review trail", () => {
  it('lists my rounds, my lines across rounds, and the trail: submitted, returned, resubmitted, approved', async () => {
    const rounds = await ok(as('hosp-a').GET('/demand/mine/rounds', { params: { query: {} } }));
    expect(rounds.items.map((r) => r.id)).toEqual([current.roundId, earlier.roundId]);
    expect(rounds.items[0]).toMatchObject({ lines: 3, products: 3, returned: 0 });
    // hosp-c (TJ) has reported in the current round only, and the earlier round is not its region's
    const theirs = await ok(as('hosp-c').GET('/demand/mine/rounds', { params: { query: {} } }));
    expect(theirs.items.map((r) => r.id)).toEqual([current.roundId]);

    const [line] = (await client.reportsOf('hosp-a', current.roundId)).filter((l) => l.productCode === 'M2');
    if (!line) throw new Error('no M2 line');
    await ok(client.returnReport('rev-bj', current.roundId, line.id, '请核实上年用量'));
    await ok(client.put('hosp-a', current.roundId, 'M2', { quantity: 520 }));
    await ok(client.approve('rev-bj', current.roundId, line.id));
    const trail = await ok(
      as('hosp-a').GET('/rounds/{roundId}/demand/{reportId}/trail', {
        params: { path: { roundId: current.roundId, reportId: line.id } },
      }),
    );
    expect(trail.items.map((e) => [e.kind, e.quantity, e.comment])).toEqual([
      ['submitted', 500, null],
      ['returned', 500, '请核实上年用量'],
      ['resubmitted', 520, null],
      ['approved', 520, null],
    ]);
    expect(trail.items[1]?.by).not.toBeNull();
    // the region's bureau reads it; another hospital and another region do not learn it exists
    const trailOf = (login: string) =>
      as(login).GET('/rounds/{roundId}/demand/{reportId}/trail', {
        params: { path: { roundId: current.roundId, reportId: line.id } },
      });
    expect((await trailOf('rev-bj')).response.status).toBe(200);
    expect((await trailOf('hosp-b')).response.status).toBe(404);
    expect((await trailOf('rev-tj')).response.status).toBe(404);

    const first = await ok(as('hosp-a').GET('/demand/mine', { params: { query: { limit: 2 } } }));
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({
      id: line.id,
      status: 'approved',
      quantity: 520,
      roundCode: expect.any(String),
    });
    expect(first.nextCursor).not.toBeNull();
    const rest = await ok(
      as('hosp-a').GET('/demand/mine', {
        params: { query: { limit: 2, cursor: first.nextCursor as string } },
      }),
    );
    const all = [...first.items, ...rest.items];
    expect(all).toHaveLength(4); // three lines in this round, one in the earlier one
    expect(new Set(all.map((i) => i.id)).size).toBe(4);
    const returnedOnly = await ok(
      as('hosp-a').GET('/demand/mine', { params: { query: { status: 'returned' } } }),
    );
    expect(returnedOnly.items).toEqual([]);
    expect((await as('rev-bj').GET('/demand/mine', { params: { query: {} } })).response.status).toBe(403);
  });
});
