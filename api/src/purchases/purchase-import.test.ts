import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import {
  createPurchaseImportWorld,
  type PurchaseImportWorld,
} from '../test-support/purchase-import-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readXlsx, XLSX, xlsxOf } from '../test-support/xlsx-files.js';

let t: TestContext;
let world: World;
let w: PurchaseImportWorld;

const HEADER_ZH = '入库单号,产品编码,企业,规格编码,数量（盒）,单价,金额,入库日期';
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

async function send(login: Login, body: Uint8Array, type = 'text/csv', fileName = 'his.csv') {
  const res = await t.request(
    `/api/rounds/${w.roundId}/purchases/import?fileName=${encodeURIComponent(fileName)}`,
    { method: 'POST', cookie: world[login].cookie, headers: { 'content-type': type }, body },
  );
  return { status: res.status, body: (await res.json()) as any };
}
const purchaseCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('purchase')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const line = (
  ref: string,
  company: Login,
  packs: number,
  price: string,
  date = '2027-03-05',
  product = 'P1',
) => `${ref},${product},${w.uscc(company)},${w.bj.specCode},${packs},${price},,${date}`;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  w = await createPurchaseImportWorld(t, world);
}, 90_000);
afterAll(() => t?.close());

describe('purchase import (采购记录导入)', () => {
  it('records a HIS export in UTF-8 with BOM: agreement lines at the awarded price, a non-winner outside', async () => {
    const csv = [
      HEADER_ZH,
      line('RK-001', 'comp-a', 10, w.bj.packPrice),
      `RK-002,P1,${w.uscc('comp-a')},,5,${w.bj.packPrice},${(Number(w.bj.packPrice) * 5).toFixed(2)},2027/3/6`,
      line('RK-003', 'comp-b', 3, '9.99'),
    ].join('\r\n');
    const answer = await send('hosp-bj', utf8Bom(csv));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      lines: 3,
      recorded: 3,
      underAgreement: 2,
      skipped: 0,
      repeated: false,
    });
    const rows = await t.db
      .selectFrom('purchase')
      .selectAll()
      .where('hospital_id', '=', world['hosp-bj'].organisationId)
      .orderBy('external_ref')
      .execute();
    expect(rows.map((r) => [r.external_ref, r.source, r.status, r.agreement_id !== null, r.packs])).toEqual([
      ['RK-001', 'import', 'recorded', true, 10],
      ['RK-002', 'import', 'recorded', true, 5],
      ['RK-003', 'import', 'recorded', false, 3],
    ]);
    expect(rows[0]?.units).toBe(String(10 * w.bj.unitsPerPack));
    expect(rows[2]?.amount).toBe('29.97');
    expect(rows[1]?.ordered_on).toBe('2027-03-06');
    expect(rows.every((r) => r.import_id === answer.body.importId)).toBe(true);
    // the rollup trigger saw the statement
    const month = await t.db
      .selectFrom('purchase_month')
      .selectAll()
      .where('round_id', '=', w.roundId)
      .execute();
    expect(month.reduce((n, m) => n + m.lines, 0)).toBe(3);
  });

  it('answers a re-sent file with the first import and adds nothing', async () => {
    const csv = [HEADER_ZH, line('RK-101', 'comp-a', 1, w.bj.packPrice)].join('\r\n');
    const first = await send('hosp-bj', utf8Bom(csv));
    expect(first.status).toBe(200);
    const before = await purchaseCount();
    const again = await send('hosp-bj', utf8Bom(csv), 'text/csv', 'renamed.csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ importId: first.body.importId, recorded: 1, repeated: true });
    expect(await purchaseCount()).toBe(before);
  });

  it('reads GB18030 (Excel’s CSV on Chinese Windows) and .xlsx with English headers and date cells', async () => {
    const gbk = iconv.encode(
      [HEADER_ZH, line('RK-201', 'comp-a', 2, w.bj.packPrice)].join('\r\n'),
      'gb18030',
    );
    expect((await send('hosp-bj', new Uint8Array(gbk))).body).toMatchObject({ recorded: 1 });
    const xlsx = await xlsxOf({
      入库: [
        ['externalRef', 'productCode', 'company', 'packs', 'packPrice', 'orderedOn'],
        ['RK-301', 'P1', w.uscc('comp-a'), 4, Number(w.bj.packPrice), '2027-03-07'],
      ],
    });
    const answer = await send('hosp-bj', xlsx, XLSX, 'his.xlsx');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ recorded: 1, underAgreement: 1 });
  });

  it('refuses a whole file for one bad row: a wrong price on an agreement line, unknown product and company', async () => {
    const before = await purchaseCount();
    const csv = [
      HEADER_ZH,
      line('RK-401', 'comp-a', 1, w.bj.packPrice),
      line('RK-402', 'comp-a', 1, '0.01'),
      line('RK-403', 'comp-a', 1, w.bj.packPrice, '2027-03-05', 'NOPE'),
      `RK-404,P1,某某制药有限公司,,1,1.00,,2027-03-05`,
      line('RK-405', 'comp-a', 1, w.bj.packPrice, '2027-12-31'),
      line('RK-406', 'comp-a', 0, w.bj.packPrice),
    ].join('\n');
    const answer = await send('hosp-bj', utf8Bom(csv));
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('IMPORT_REJECTED');
    const problems = (answer.body.errors as any[]).map((e) => [e.row, e.column, e.code]);
    expect(problems).toEqual([
      [3, 'packPrice', 'PRICE_NOT_AWARDED'],
      [4, 'productCode', 'UNKNOWN_PRODUCT'],
      [5, 'company', 'UNKNOWN_COMPANY'],
      [6, 'orderedOn', 'DATE_IN_FUTURE'],
      [7, 'packs', 'NOT_A_WHOLE_NUMBER'],
    ]);
    expect((answer.body.errors as any[]).every((e) => e.messageZh && e.message)).toBe(true);
    expect(await purchaseCount()).toBe(before);
  });

  it('skips a line an earlier file recorded the same, refuses one recorded differently', async () => {
    const same = [
      HEADER_ZH,
      line('RK-001', 'comp-a', 10, w.bj.packPrice),
      line('RK-501', 'comp-a', 1, w.bj.packPrice),
    ];
    const answer = await send('hosp-bj', utf8Bom(same.join('\n')));
    expect(answer.body).toMatchObject({ lines: 2, recorded: 1, skipped: 1 });
    const changed = await send(
      'hosp-bj',
      utf8Bom([HEADER_ZH, line('RK-001', 'comp-a', 11, w.bj.packPrice)].join('\n')),
    );
    expect(changed.status).toBe(422);
    expect(changed.body.errors[0]).toMatchObject({
      row: 2,
      column: 'externalRef',
      code: 'REF_RECORDED_DIFFERENTLY',
    });
  });

  it('keeps each hospital to its own: references per hospital, imports listed to their hospital only', async () => {
    const csv = [HEADER_ZH, line('RK-001', 'comp-a', 1, w.bj.packPrice)].join('\n');
    expect((await send('hosp-tj', utf8Bom(csv))).status).toBe(200);
    const bj = await t.request(`/api/rounds/${w.roundId}/purchases/imports`, {
      cookie: world['hosp-bj'].cookie,
    });
    const tj = await t.request(`/api/rounds/${w.roundId}/purchases/imports`, {
      cookie: world['hosp-tj'].cookie,
    });
    const bjItems = ((await bj.json()) as any).items as any[];
    expect(bjItems.length).toBe(5);
    expect(bjItems[0]).toMatchObject({ recorded: 1, skipped: 1 });
    expect((((await tj.json()) as any).items as any[]).length).toBe(1);
    expect((await send('comp-a', utf8Bom(csv))).status).toBe(403);
    const office = await t.request(`/api/rounds/${w.roundId}/purchases/imports`, {
      cookie: world.office1.cookie,
    });
    expect(office.status).toBe(403);
  });

  it('gives a template of the own agreement lines that the import reads back (unfilled rows skipped)', async () => {
    const res = await t.request(`/api/rounds/${w.roundId}/purchases/import-template?format=xlsx`, {
      cookie: world['hosp-bj'].cookie,
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const [sheet] = await readXlsx(bytes);
    expect(sheet?.rows[0]).toEqual([
      '入库单号',
      '产品编码',
      '通用名',
      '企业',
      '规格编码',
      '数量（盒）',
      '单价',
      '金额',
      '入库日期',
    ]);
    expect(sheet?.rows[1]?.[3]).toBe(w.uscc('comp-a'));
    const back = await send('hosp-bj', bytes, XLSX, 'template.xlsx');
    expect(back.status).toBe(422);
    expect(back.body.errors[0].code).toBe('NO_DATA_ROWS');
    const csv = await t.request(`/api/rounds/${w.roundId}/purchases/import-template?format=csv`, {
      cookie: world['hosp-bj'].cookie,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
  });
});
