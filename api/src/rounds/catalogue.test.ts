import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { signIn } from '../test-support/sign-in.js';

let t: TestContext;
let roundId: string;
const cookies: Record<string, string> = {};

const PRODUCT = {
  code: 'P-CEFU',
  name: '注射用头孢呋辛钠',
  form: 'injection',
  volumeClass: 'designated-anti-infective',
  strengthUnit: 'g',
  nationalDrugCode: 'XJ01DCT029B002010101443',
  representativeSpecCode: 'S075',
  groups: ['originator', 'generic'],
  specs: [
    { code: 'S075', strength: '0.75', unitsPerPack: 1, ceiling: '5.12' },
    { code: 'S15', strength: '1.5', unitsPerPack: 10, volumeMl: '20', ceiling: '8.9876' },
  ],
};

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'GZ', '贵州省');
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hospital', 'GZ');
  for (const login of ['admin', 'hospital']) {
    cookies[login] = await signIn(t, login);
  }
  const created = await call('admin', '/rounds', {
    method: 'POST',
    json: { code: 'GY-CAT-1', name: '目录', regionCodes: ['GZ'], ruleset: 'nvbp-10' },
  });
  roundId = created.body.id as string;
});
afterAll(() => t.close());

type Json = Record<string, any>;
async function call(as: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api${path}`, { ...init, cookie: cookies[as] });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: (res.status === 204 ? null : await res.json()) as Json,
  };
}
const addProduct = (json: unknown) => call('admin', `/rounds/${roundId}/products`, { method: 'POST', json });
const errors = (body: Json) =>
  (body.errors as { path: string; message: string }[]).map((e) => `${e.path}: ${e.message}`);

async function counts() {
  const { rows } = await sql<Record<string, string>>`select (select count(*) from product) as products,
    (select count(*) from spec) as specs, (select count(*) from audit_event) as audit`.execute(t.db);
  return rows[0];
}

describe('the catalogue of a draft round', () => {
  it('adds a product with its specs; decimals stay decimal strings', async () => {
    const res = await addProduct(PRODUCT);
    expect(res.status).toBe(201);
    const id = expect.stringMatching(/^[0-9a-f-]{36}$/); // what a company registers (issue 8 §9)
    expect(res.body).toEqual({
      ...PRODUCT,
      id,
      specs: [
        { id, code: 'S075', strength: '0.75', unitsPerPack: 1, volumeMl: null, ceiling: '5.1200' },
        { id, code: 'S15', strength: '1.5', unitsPerPack: 10, volumeMl: '20', ceiling: '8.9876' },
      ],
    });
    const list = await call('admin', `/rounds/${roundId}/products`);
    expect(list.body.items).toEqual([res.body]);
    expect((await call('admin', `/rounds/${roundId}`)).body.productCount).toBe(1);
  });

  it('checks the national drug code format (NHSA, 23 characters), and the schema does too', async () => {
    const before = await counts();
    for (const code of [
      'XC10AAA052',
      'xc08caa052a001010100483',
      'AC08CAA052A001010100483',
      'XC08CAA052A0010101004830',
    ]) {
      const res = await addProduct({ ...PRODUCT, code: 'P-NDC', nationalDrugCode: code });
      expect(res.status).toBe(400);
      expect(errors(res.body)).toEqual([
        expect.stringMatching(/^nationalDrugCode: not an NHSA national drug code/),
      ]);
    }
    expect(await counts()).toEqual(before);
    expect(
      (await addProduct({ ...PRODUCT, code: 'P-Z', nationalDrugCode: 'ZA01AAL0073010103857004' })).status,
    ).toBe(201);
    const { nationalDrugCode: _absent, ...withoutCode } = PRODUCT;
    expect((await addProduct({ ...withoutCode, code: 'P-NONE' })).body.nationalDrugCode).toBeNull();
    await expect(
      sql`update product set national_drug_code = 'X123' where code = 'P-NONE'`.execute(t.db),
    ).rejects.toThrow(/national_drug_code/);
  });

  it('answers field problems with their paths and saves nothing', async () => {
    const before = await counts();
    const res = await addProduct({
      ...PRODUCT,
      code: 'P BAD',
      form: 'tablet',
      specs: [
        { code: 'S075', strength: '0', unitsPerPack: 1, ceiling: '1.23456' },
        { code: 'S15', strength: 1.5, unitsPerPack: 0, volumeMl: '-1', ceiling: '12345678901' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(errors(res.body)).toEqual([
      expect.stringMatching(/^code: /),
      expect.stringMatching(/^form: /),
      'specs[0].strength: must be greater than 0',
      'specs[0].ceiling: at most 4 decimal places',
      'specs[1].strength: expected a decimal string, e.g. "12.5"',
      'specs[1].unitsPerPack: must be an integer ≥ 1',
      'specs[1].volumeMl: not a decimal string (digits, optionally . and digits)',
      'specs[1].ceiling: at most 10 digits before the point',
    ]);
    const refs = await addProduct({
      ...PRODUCT,
      code: 'P-REFS',
      representativeSpecCode: 'S30',
      groups: ['a', 'a'],
      specs: [PRODUCT.specs[0], PRODUCT.specs[0]],
    });
    expect(errors(refs.body)).toEqual([
      'specs[1].code: spec "S075" listed twice',
      `representativeSpecCode: unknown spec "S30": not among the product's specs`,
      'groups[1]: group "a" listed twice',
    ]);
    expect((await addProduct({ ...PRODUCT, specs: [] })).body.errors).toMatchObject([
      { path: 'specs', message: 'at least one spec' },
    ]);
    const dup = await addProduct(PRODUCT);
    expect(dup).toMatchObject({ status: 409, body: { code: 'CONFLICT', errors: [{ path: 'code' }] } });
    expect(await counts()).toEqual(before);
  });

  it('keeps the representative spec among the product’s specs at commit (deferred foreign key)', async () => {
    const insert = t.db.transaction().execute(async (trx) => {
      const p = await trx
        .insertInto('product')
        .values({
          round_id: roundId,
          code: 'P-RAW',
          name: 'raw',
          form: 'other',
          volume_class: 'general',
          strength_unit: 'mg',
          national_drug_code: null,
          representative_spec_code: 'NOPE',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('spec')
        .values({ product_id: p.id, code: 'S1', strength: '1', unit_count: 1, ceiling: '1' })
        .execute();
    });
    await expect(insert).rejects.toThrow(/product_representative_spec/);
  });

  it('removes a product from a draft, auditing it; unknown products are 404', async () => {
    const before = await counts();
    expect((await call('hospital', `/rounds/${roundId}/products/P-Z`, { method: 'DELETE' })).status).toBe(
      403,
    );
    expect((await call('admin', `/rounds/${roundId}/products/P-Z`, { method: 'DELETE' })).status).toBe(204);
    expect((await call('admin', `/rounds/${roundId}/products/P-Z`, { method: 'DELETE' })).body.code).toBe(
      'NOT_FOUND',
    );
    expect(await counts()).toMatchObject({
      products: String(Number(before?.products) - 1),
      audit: String(Number(before?.audit) + 1),
    });
    const last = await t.db
      .selectFrom('audit_event')
      .select(['action', 'subject'])
      .where('stream', '=', `round:${roundId}`)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'product.removed', subject: 'product:P-Z' });
  });

  it('answers 404 for a round that does not exist and a path problem for a malformed id', async () => {
    expect(
      (
        await call('admin', '/rounds/5b0f6f38-53a3-4c9a-8f0e-2d0b1c9a7e11/products', {
          method: 'POST',
          json: PRODUCT,
        })
      ).body.code,
    ).toBe('NOT_FOUND');
    // a round code goes where a round id goes (issue 8 §9): an unknown one is a 404
    const unknown = await call('admin', '/rounds/not-a-uuid/products');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await call('admin', '/rounds/not_a_round/products');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors).toMatchObject([
      { path: expect.stringMatching(/^path\.+roundId$/), message: 'not a round id (a uuid) or round code' },
    ]);
  });
});
