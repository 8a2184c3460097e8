import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { signIn } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { PREVIEW_SAMPLE_ROUND } from './ruleset-preview-sample.js';

let t: TestContext;
const cookies: Record<string, string> = {};
type Json = Record<string, any>;

async function call(as: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api${path}`, { ...init, cookie: cookies[as] });
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    body: (type.includes('json') ? await res.json() : await res.text()) as Json,
  };
}
const createRound = (code: string) =>
  call('admin', '/rounds', {
    method: 'POST',
    json: { code, name: code, regionCodes: ['BJ'], ruleset: 'nvbp-7' },
  });
const preview = (code: string, ruleset?: unknown) =>
  call('admin', `/rounds/${code}/ruleset-preview`, {
    method: 'POST',
    json: ruleset === undefined ? {} : { ruleset },
  });
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'BJ', '北京市');
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin');
  await createOrgUser(t.db, 'company', ['company-user'], 'company');
  for (const login of ['admin', 'company']) cookies[login] = await signIn(t, login);
  await createRound('PV-1');
});
afterAll(() => t.close());

describe('the ruleset preview', () => {
  it('ships the command-line example of docs/examples as its sample, unchanged', () => {
    const docs = new URL('../../../docs/examples/14-command-line/round.json', import.meta.url);
    expect(PREVIEW_SAMPLE_ROUND).toEqual(JSON.parse(readFileSync(docs, 'utf8')));
  });

  it('runs the base and the overrides on the sample when no round was evaluated: compare’s what-if', async () => {
    const res = await preview('PV-1', { extends: 'nvbp-7', spreadMultiple: '1.1' });
    expect(res.status).toBe(200);
    expect(res.body.source).toEqual({ kind: 'sample', roundCode: null, roundName: null, seq: null });
    expect(res.body).toMatchObject({ base: 'nvbp-7', whatIf: 'nvbp-7', overridden: ['spreadMultiple'] });
    // docs/examples/14-command-line/compare-what-if-1.1.expected.txt, as data
    expect(res.body.products).toEqual([
      expect.objectContaining({
        productId: 'P1',
        productName: '阿托伐他汀钙片',
        same: false,
        winnersAdded: [],
        winnersRemoved: ['C2'],
        prices: [
          {
            companyId: 'C2',
            winningUcp: { a: '0.6000', b: null },
            winningPackPrice: { a: '8.40', b: null },
          },
        ],
        winners: { a: 2, b: 1 },
        ratio: { a: '0.60', b: '0.50' },
        agreedVolume: { a: '10201', b: '8501' },
        regionChanges: 3,
      }),
    ]);
  });

  it('previews the round’s own choice when none is given, and a plain name changes nothing', async () => {
    const res = await preview('PV-1');
    expect(res.status).toBe(200);
    expect(res.body.overridden).toEqual([]);
    expect(res.body.products.every((p: Json) => p.same)).toBe(true);
  });

  it('refuses an invalid override with the field’s problem, in Chinese too, and saves nothing', async () => {
    const res = await preview('PV-1', { extends: 'nvbp-7', spreadMultiple: 'abc', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const paths = (res.body.errors as Json[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['ruleset.spreadMultiple', 'ruleset.colour']));
    const spread = (res.body.errors as Json[]).find((e) => e.path === 'ruleset.spreadMultiple');
    expect(spread?.messageZh).toBe('须为不带正负号的数字，如 1.8（小数点用“.”，不用逗号）');
    expect((await call('admin', '/rounds/PV-1')).body.ruleset).toBe('nvbp-7');
  });

  it('runs on the most recently evaluated round’s published input when there is one', async () => {
    const other = await createRound('PV-PAST');
    // a published input names companies by their organisation's uuid
    const uuid = (id: string) => `00000000-0000-4000-8000-0000000000${id.replace('H', 'a').toLowerCase()}`;
    const c2 = uuid('C2');
    const input = JSON.stringify(PREVIEW_SAMPLE_ROUND).replace(
      /"([CH][123])"/g,
      (_, id: string) => `"${uuid(id)}"`,
    );
    await t.db
      .insertInto('evaluation_record')
      .values({
        round_id: other.body.id as string,
        seq: 1,
        reason: 'opening',
        input_json: input,
        output_json: '{}',
        input_sha256: sha(input),
        output_sha256: sha('{}'),
        ruleset_name: 'nvbp-7',
        ruleset_version: '1',
      })
      .execute();
    const res = await preview('PV-1', { extends: 'nvbp-7', spreadMultiple: '1.1' });
    expect(res.body.source).toEqual({
      kind: 'previous-round',
      roundCode: 'PV-PAST',
      roundName: 'PV-PAST',
      seq: 1,
    });
    expect(res.body.products[0].winnersRemoved).toEqual([c2]);
    // the round's own records are not its "previous round"
    expect((await preview('PV-PAST', { extends: 'nvbp-7', spreadMultiple: '1.1' })).body.source.kind).toBe(
      'sample',
    );
  });

  it('is the office admin’s: a company does not learn the draft exists', async () => {
    const res = await call('company', '/rounds/PV-1/ruleset-preview', { method: 'POST', json: {} });
    expect(res.status).toBe(404);
  });
});

describe('the catalogue template', () => {
  it('is the import’s columns under their Chinese headers, as CSV and .xlsx', async () => {
    const csv = await call('admin', '/rounds/PV-1/products/template?format=csv');
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\r\n')[0]).toBe(
      '产品编码,通用名,剂型,约定量类别,规格单位,国家医保药品编码,代表品规格编码,分组,规格编码,规格,包装数量,装量(ml),最高有效申报价',
    );
    const res = await t.request('/api/rounds/PV-1/products/template', { cookie: cookies.admin });
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // filled in and sent back, the template imports
    const filled = `${String(csv.body).split('\r\n')[0]}\r\nT1,阿托伐他汀钙片,口服常释剂型,一般,mg,,S1,,S1,10,14,,2.0000\r\n`;
    const imported = await call('admin', '/rounds/PV-1/products/import', {
      method: 'POST',
      json: { csv: filled },
    });
    expect(imported.body).toEqual({ products: 1, specs: 1 });
  });
});
