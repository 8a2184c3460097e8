import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReports, createDemandRound, problemOf } from '../test-support/demand-fixtures.js';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { signIn } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { XLSX, xlsxOf } from '../test-support/xlsx-files.js';

let t: TestContext;
let admin: string;
let hospital: string;
let draftId: string;
let demandRoundId: string;

const HEADER_ZH = [
  '产品编码',
  '通用名',
  '剂型',
  '约定量类别',
  '规格单位',
  '代表品规格编码',
  '分组',
  '规格编码',
  '规格',
  '包装数量',
  '最高有效申报价',
];

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'GZ', '贵州省');
  const office = await createOrgUser(t.db, 'office', ['office-admin'], 'sheets-admin');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'sheets-hosp', 'GZ');
  admin = await signIn(t, 'sheets-admin');
  hospital = await signIn(t, 'sheets-hosp');
  const created = await t.request('/api/rounds', {
    method: 'POST',
    cookie: admin,
    json: { code: 'SHEETS-1', name: '表格导入', regionCodes: ['GZ'], ruleset: 'nvbp-10' },
  });
  draftId = ((await created.json()) as { id: string }).id;
  demandRoundId = (
    await createDemandRound(t.db, {
      createdBy: office.userId,
      regions: ['GZ'],
      products: [{ code: 'P01' }, { code: 'P02' }, { code: 'G1', groups: ['A', 'B'] }],
    })
  ).roundId;
});
afterAll(() => t.close());

const upload = (path: string, cookie: string, body: Uint8Array | string, type: string) =>
  t.request(path, { method: 'POST', cookie, body, headers: { 'content-type': type } });
const importCatalogue = (body: Uint8Array | string, type = XLSX) =>
  upload(`/api/rounds/${draftId}/products/import`, admin, body, type);
const importDemand = (body: Uint8Array | string, type = XLSX) =>
  upload(`/api/rounds/${demandRoundId}/demand/import`, hospital, body, type);
const productCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('product')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('round_id', '=', draftId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('catalogue import (.xlsx and CSV, one row validator)', () => {
  it('refuses a workbook with problems on two sheets by sheet, row, column and code, and saves nothing', async () => {
    const file = await xlsxOf({
      口服: [
        HEADER_ZH,
        ['BAD-1', '阿莫西林胶囊', 'oral-solid', 'general', 'mg', 'S1', '', 'S1', '250', 24, '0.12345'],
        ['BAD-1', '阿莫西林', 'oral-solid', 'general', 'mg', 'S1', '', 'S2', '500', 'x', '0.2'],
      ],
      注射: [HEADER_ZH, ['BAD-2', '头孢', 'tablet', 'general', 'g', 'S9', '', 'S1', '1', 1, '5']],
    });
    const res = await importCatalogue(file);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const p = await problemOf(res);
    expect(p.code).toBe('IMPORT_REJECTED');
    const where = p.errors.map((e: any) => [e.sheet, e.row, e.column, e.code, e.cell]);
    expect(where).toEqual([
      ['口服', 2, 'ceiling', 'INVALID_VALUE', 'K2'],
      ['口服', 3, 'name', 'INCONSISTENT_PRODUCT', 'B3'],
      ['口服', 3, 'unitsPerPack', 'INVALID_VALUE', 'J3'],
      ['注射', 2, 'form', 'INVALID_VALUE', 'C2'],
    ]);
    for (const e of p.errors as any[]) {
      expect(e.message).toBeTruthy();
      expect(e.messageZh).toBeTruthy();
    }
    expect(await productCount()).toBe(0);
  });

  it('imports a good workbook with Chinese headers: products, specs, ceilings as decimal strings', async () => {
    const file = await xlsxOf({
      目录: [
        [...HEADER_ZH, '国家医保药品编码', '装量(ml)'],
        [
          'AMOX',
          '阿莫西林胶囊',
          'oral-solid',
          'general',
          'mg',
          'S250',
          '',
          'S250',
          '250',
          24,
          0.1234,
          'XJ01CAA040E001010100483',
          '',
        ],
        ['AMOX', '', '', '', '', '', '', 'S500', '500', 12, '1234567890.1234', '', ''],
        [
          'CEFU',
          '注射用头孢呋辛钠',
          'injection',
          'designated-anti-infective',
          'g',
          'S075',
          'originator|generic',
          'S075',
          '0.75',
          1,
          '5.12',
          '',
          '20',
        ],
      ],
      Sheet2: [],
    });
    const res = await importCatalogue(file);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ products: 2, specs: 3 });
    const list = (await (
      await t.request(`/api/rounds/${draftId}/products`, { cookie: admin })
    ).json()) as any;
    const amox = list.items.find((p: any) => p.code === 'AMOX');
    expect(amox.nationalDrugCode).toBe('XJ01CAA040E001010100483');
    expect(amox.specs.map((s: any) => [s.code, s.unitsPerPack, s.ceiling])).toEqual([
      ['S250', 24, '0.1234'],
      ['S500', 12, '1234567890.1234'],
    ]);
    const cefu = list.items.find((p: any) => p.code === 'CEFU');
    expect(cefu.groups).toEqual(['originator', 'generic']);
    expect(cefu.specs[0].volumeMl).toBe('20');
  });

  it('takes the same rows as a GBK CSV, and refuses a code already in the round by row', async () => {
    const csv = [
      'productCode,name,form,volumeClass,strengthUnit,representativeSpecCode,specCode,strength,unitsPerPack,ceiling',
      'amox,阿莫西林,oral-solid,general,mg,S1,S1,250,24,0.5',
      'NEW1,新药,oral-solid,general,mg,S1,S1,10,14,1.5',
    ].join('\r\n');
    const res = await importCatalogue(iconv.encode(csv, 'gbk'), 'text/csv');
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.errors).toMatchObject([
      { sheet: null, row: 2, column: 'productCode', code: 'PRODUCT_EXISTS', path: 'row 2.productCode' },
    ]);
    expect(p.errors[0]?.messageZh).toContain('本轮次已有产品 AMOX');
    expect(await productCount()).toBe(2);
    const ok = await importCatalogue(iconv.encode(csv.replace('amox', 'NEW2'), 'gbk'), 'text/csv');
    expect(ok.status).toBe(200);
    expect(await productCount()).toBe(4);
  });

  it('refuses a corrupt .xlsx, an old .xls and a wrong type with a clear 4xx, never 500', async () => {
    const good = await xlsxOf({ s: [HEADER_ZH] });
    const corrupt = good.slice(0, Math.floor(good.length / 2));
    const cases: [Uint8Array | string, string, number, string][] = [
      [corrupt, XLSX, 422, 'IMPORT_REJECTED'],
      [
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
        'application/octet-stream',
        422,
        'IMPORT_REJECTED',
      ],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'application/vnd.ms-excel',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['%PDF-1.7', 'application/pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['not a workbook', XLSX, 422, 'IMPORT_REJECTED'],
    ];
    for (const [body, type, status, code] of cases) {
      const res = await importCatalogue(body, type);
      expect([type, res.status]).toEqual([type, status]);
      const p = await problemOf(res);
      expect(p.code).toBe(code);
      expect(p.detailZh).toBeTruthy();
    }
    expect(await productCount()).toBe(4);
  });

  it('is the office admin’s, on a draft round only', async () => {
    const file = await xlsxOf({ s: [HEADER_ZH] });
    expect((await upload(`/api/rounds/${draftId}/products/import`, hospital, file, XLSX)).status).toBe(403);
    const res = await upload(`/api/rounds/${demandRoundId}/products/import`, admin, file, XLSX);
    expect((await problemOf(res)).code).toBe('INVALID_STATE');
  });

  it('takes the form and volume class as the portal names them in Chinese, and lists them when wrong', async () => {
    const csv = (form: string) =>
      [
        '产品编码,通用名,剂型,约定量类别,规格单位,代表品规格编码,规格编码,规格,包装数量,最高有效申报价',
        `ZH1,中文剂型,${form},一般,mg,S1,S1,10,14,1.5`,
      ].join('\r\n');
    const bad = await importCatalogue(csv('口服片剂'), 'text/csv');
    expect(bad.status).toBe(422);
    const [problem] = (await problemOf(bad)).errors;
    expect(problem).toMatchObject({ row: 2, column: 'form', code: 'INVALID_VALUE' });
    expect(problem?.messageZh).toContain('口服常释剂型（oral-solid）');
    const before = await productCount();
    expect((await importCatalogue(csv('口服常释剂型'), 'text/csv')).status).toBe(200);
    expect(await productCount()).toBe(before + 1);
  });
});

describe('demand import from .xlsx (the CSV import’s rules)', () => {
  it('refuses problems on each sheet by sheet/row/column, across sheets too, and saves nothing', async () => {
    const file = await xlsxOf({
      西药: [
        ['产品编码', '报量', '上年用量', '分组', '理由'],
        ['P01', 100, 100, null, null],
        ['P02', '1 000', null, null, null],
        ['G1', 5, null, 'C', null],
      ],
      补充: [
        ['productCode', 'quantity'],
        ['P01', 7],
        ['NOPE', 1],
      ],
    });
    const res = await importDemand(file);
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.errors.map((e: any) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['西药', 3, 'quantity', 'NOT_A_WHOLE_NUMBER'],
      ['西药', 4, 'group', 'UNKNOWN_GROUP'],
      ['补充', 2, 'productCode', 'DUPLICATE_LINE'],
      ['补充', 3, 'productCode', 'UNKNOWN_PRODUCT'],
    ]);
    expect(p.errors[2]?.messageZh).toContain('工作表 西药 第 2 行');
    expect(await countReports(t.db, demandRoundId)).toBe(0);
  });

  it('imports a good workbook with Chinese headers, numbers as numbers', async () => {
    const file = await xlsxOf({
      报量: [
        ['产品编码', '报量', '上年用量', '分组', '理由'],
        ['P01', 100, 100, null, null],
        [null, null, null, null, null],
        ['G1', 5, null, 'B', null],
        ['P02', 1, 100, null, '已转用其他品规'],
      ],
    });
    const res = await importDemand(file);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(await countReports(t.db, demandRoundId)).toBe(3);
  });

  it('reads a GBK CSV with Chinese headers by the same rules (an update of a line already there)', async () => {
    const csv = '产品编码,报量,上年用量\r\nP01,120,100\r\n';
    const res = await importDemand(iconv.encode(csv, 'gbk'), 'text/csv');
    expect(await res.json()).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    const bad = await importDemand(iconv.encode('产品编码,报量\r\nP01,七\r\n', 'gbk'), 'text/csv');
    expect((await problemOf(bad)).errors).toMatchObject([
      {
        sheet: null,
        row: 2,
        column: 'quantity',
        code: 'NOT_A_WHOLE_NUMBER',
        messageZh: expect.stringContaining('七'),
      },
    ]);
  });
});
