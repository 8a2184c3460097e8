import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../test-support/api-client.js';
import { clientAs, createAwardedRound, roundPath, roundState } from '../test-support/award-client.js';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readXlsx, XLSX } from '../test-support/xlsx-files.js';
import { sweepRegionTurns } from '../award/region-selection.service.js';
import { decimalCell, tableToCsv, tableToXlsx, type ExportTable } from './table-export.js';

describe('money in exported files', () => {
  const table: ExportTable<{ price: string; volume: string }> = {
    sheet: '金额',
    columns: [
      { header: '金额（元）', kind: 'decimal', value: (r) => r.price },
      { header: '数量', kind: 'integer', value: (r) => r.volume },
    ],
    rows: [
      { price: '0.3', volume: '1' },
      { price: '12345678901.23', volume: '9007199254740993' },
      { price: '5.1200', volume: '0' },
      { price: '0.1000000000000000055511', volume: '2' },
    ],
  };

  it('writes a decimal as an Excel number only when the number is exactly that decimal, else as text', async () => {
    expect(decimalCell('0.3')).toEqual({ value: 0.3, numFmt: '0.0' });
    expect(decimalCell('12345678901.23')).toEqual({ value: 12345678901.23, numFmt: '0.00' });
    expect(decimalCell('0.30000000000000004')).toEqual({ value: '0.30000000000000004' });
    const bytes = await tableToXlsx(table);
    // the same data, the same bytes (zip entry times are fixed)
    expect(Buffer.from(await tableToXlsx(table)).equals(Buffer.from(bytes))).toBe(true);
    const [sheet] = await readXlsx(bytes);
    expect(sheet?.name).toBe('金额');
    expect(sheet?.rows).toEqual([
      ['金额（元）', '数量'],
      [0.3, 1],
      [12345678901.23, '9007199254740993'],
      [5.12, 0],
      ['0.1000000000000000055511', 2],
    ]);
    // Excel shows what the number format says: the string's own decimal places
    expect(sheet?.sheet.getCell('A4').numFmt).toBe('0.0000');
    expect(String(sheet?.sheet.getCell('A3').value)).toBe('12345678901.23');
  });

  it('writes CSV as UTF-8 with a BOM, the decimals verbatim', () => {
    expect(tableToCsv(table)).toBe(
      '\ufeff金额（元）,数量\r\n0.3,1\r\n12345678901.23,9007199254740993\r\n5.1200,0\r\n0.1000000000000000055511,2\r\n',
    );
  });
});

describe('exports of a round, under the read routes’ rules', () => {
  let t: TestContext;
  let world: World;
  let roundId: string;
  const download = (login: Login | null, path: string) =>
    t.request(`/api/rounds/${roundId}${path}`, { cookie: login ? world[login].cookie : undefined });

  beforeAll(async () => {
    t = await createTestContext({ SESSION_HOURS: '720' });
    world = await createWorld(t);
    roundId = await createAwardedRound(t, world, 'nvbp-11', [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
    ]);
    await ok(
      clientAs(t, world)('office1').POST('/rounds/{roundId}/region-selection/start', roundPath(roundId)),
    );
    await setPlatformClock(t.db, at('2027-03-08', '09:00'));
    await sweepRegionTurns(t.db);
    expect(await roundState(t, roundId)).toBe('volumes-agreed');
  }, 120_000);
  afterAll(() => t.close());

  it('demand totals: the office gets .xlsx with Chinese headers and CSV; a hospital is refused', async () => {
    const res = await download('office1', '/demand/totals/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%8A%A5");
    const [sheet] = await readXlsx(await res.arrayBuffer());
    expect(sheet?.rows[0]).toEqual([
      '产品编码',
      '区域',
      '报量合计',
      '已审核报量',
      '医疗机构数',
      '报量条数',
      '已审核条数',
      '待审核条数',
    ]);
    const json = (await (await download('office1', '/demand/totals')).json()) as { items: any[] };
    expect(sheet?.rows.slice(1)).toEqual(
      json.items.map((r) => [
        r.productCode,
        r.regionCode,
        r.reportedQuantity,
        r.approvedQuantity,
        r.hospitals,
        r.reports,
        r.approved,
        r.pending,
      ]),
    );
    const csv = await download('audit1', '/demand/totals/export?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\ufeff产品编码,区域,报量合计')).toBe(true);
    expect((await download('hosp-bj', '/demand/totals/export')).status).toBe(403);
    expect((await download(null, '/demand/totals/export')).status).toBe(401);
  });

  it('evaluation results: one row per bid, prices as the published decimals', async () => {
    const res = await download(null, '/evaluation/result/export');
    expect(res.status).toBe(200);
    const [sheet] = await readXlsx(await res.arrayBuffer());
    expect(sheet?.rows[0]).toContain('中选价（元/包装）');
    const json = (await (await download(null, '/evaluation/result')).json()) as { products: any[] };
    const bids = json.products.flatMap((p) => p.bids);
    expect(sheet?.rows.length).toBe(1 + bids.length);
    const col = (sheet?.rows[0] as string[]).indexOf('中选价（元/包装）');
    const exported = (sheet?.rows.slice(1) ?? []).map((r) => (r[col] === undefined ? null : String(r[col])));
    expect(exported).toEqual(
      bids.map((b) => (b.winningPackPrice === null ? null : String(Number(b.winningPackPrice)))),
    );
    const csv = await (await download(null, '/evaluation/result/export?format=csv')).text();
    for (const b of bids.filter((x) => x.winningPackPrice)) expect(csv).toContain(b.winningPackPrice);
    expect(csv).toContain('中选');
  });

  it('agreed volumes: the office all, a hospital only its own, a stranger nothing', async () => {
    const all = await readXlsx(await (await download('office1', '/agreed-volumes/export')).arrayBuffer());
    const header = all[0]?.rows[0] as string[];
    expect(header).toEqual([
      '产品编码',
      '产品名称',
      '分组',
      '医疗机构',
      '区域',
      '中选企业',
      '规格编码',
      '包装数量',
      '约定采购量（最小单位）',
      '中选价（元/包装）',
      '金额（元）',
    ]);
    const json = (await (await download('office1', '/agreed-volumes')).json()) as { items: any[] };
    expect(all[0]?.rows.length).toBe(1 + json.items.length);
    const amount = header.indexOf('金额（元）');
    expect(all[0]?.rows.slice(1).map((r) => String(r[amount]))).toEqual(
      json.items.map((i) => String(Number(i.amount))),
    );

    const own = await readXlsx(await (await download('hosp-bj', '/agreed-volumes/export')).arrayBuffer());
    const hospitals = new Set(own[0]?.rows.slice(1).map((r) => r[header.indexOf('医疗机构')]));
    expect(hospitals.size).toBe(1);
    expect(own[0]?.rows.length).toBeLessThan(all[0]?.rows.length ?? 0);
    expect((await download(null, '/agreed-volumes/export')).status).toBe(401);
    expect((await download('office1', '/agreed-volumes/export?format=pdf')).status).toBe(400);
  });
});
