import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBidWorld } from '../test-support/bid-test-world.js';
import { insertTestRound } from '../test-support/test-round-rows.js';
import { readProblem, testSessions } from '../test-support/sign-in.js';
import { createOrgUser, ensureRegion, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
type Json = Record<string, any>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser;
let company: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db, 'GZ', '贵州省');
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  company = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
});
afterAll(() => t.close());

const codeOf = async (roundId: string) =>
  (await t.db.selectFrom('round').select('code').where('id', '=', roundId).executeTakeFirstOrThrow()).code;

describe('a round code goes wherever a round id goes (issue 8 §9)', () => {
  it('resolves the code in any case or encoding to the round, and 404s an unknown one', async () => {
    const round = await insertTestRound(t.db as unknown as Kysely<any>, admin.userId, 'demand-open');
    const code = await codeOf(round.roundId);
    const cookie = await as('company-a');
    const byId = await t.request(`/api/rounds/${round.roundId}/products`, { cookie });
    expect(byId.status).toBe(200);
    const catalogue = await byId.json();
    for (const spelling of [code, code.toLowerCase(), encodeURIComponent(code).replace('R', '%52')]) {
      const res = await t.request(`/api/rounds/${spelling}/products`, {
        cookie,
        headers: { 'x-request-id': 'req-1234' },
      });
      expect([res.status, await res.json()]).toEqual([200, catalogue]);
      expect(res.headers.get('x-request-id')).toBe('req-1234');
    }
    const unknown = await t.request('/api/rounds/NO-SUCH-ROUND/products', { cookie });
    const problem = await readProblem(unknown);
    expect([unknown.status, problem.code, problem.detailEn]).toEqual([
      404,
      'NOT_FOUND',
      'no round with code NO-SUCH-ROUND',
    ]);
    expect(unknown.headers.get('x-request-id')).toBe(problem.requestId);
  });

  it('keeps round codes in capitals: a code typed in lower case is created in capitals', async () => {
    const res = await t.request('/api/rounds', {
      method: 'POST',
      cookie: await as('admin1'),
      json: { code: 'gy-ids-1', name: '编码', regionCodes: ['GZ'], ruleset: 'nvbp-10' },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const created = (await res.json()) as Json;
    expect(created.code).toBe('GY-IDS-1');
    const again = await t.request(`/api/rounds/Gy-Ids-1`, { cookie: await as('admin1') });
    expect([again.status, ((await again.json()) as Json).id]).toEqual([200, created.id]);
    // a draft's code to a company is the same 404 as an unknown code: neither existence nor id leaks
    const hidden = await t.request(`/api/rounds/gy-ids-1/products`, { cookie: await as('company-a') });
    const body = await hidden.text();
    expect([hidden.status, JSON.parse(body).detailEn]).toEqual([404, 'no round with code GY-IDS-1']);
    expect(body).not.toContain(created.id as string);
  });
});

describe('a company can tell what it registered and what it bids with (issue 8 §9)', () => {
  it('shows ids in the catalogue and answers codes and names next to the ids of a registration', async () => {
    const round = await insertTestRound(t.db as unknown as Kysely<any>, admin.userId, 'demand-open');
    const cookie = await as('company-a');
    const listed = await t.request(`/api/rounds/${round.roundId}/products`, { cookie });
    const [product] = ((await listed.json()) as Json).items as Json[];
    expect(product).toMatchObject({ id: round.productId, code: 'AMLO' });
    const s10 = (product?.specs as Json[]).find((s) => s.code === 'S10');
    expect(s10?.id).toBe(round.specIds[1]);

    // ids in capitals, the round by its code in lower case: stored and answered in one spelling
    const res = await t.request(`/api/rounds/${(await codeOf(round.roundId)).toLowerCase()}/registrations`, {
      method: 'POST',
      cookie,
      json: {
        productId: round.productId.toUpperCase(),
        specId: (s10?.id as string).toUpperCase(),
        approvalNumber: '国药准字H20051234',
        approvalDate: '2019-06-01',
        originator: false,
        consistencyPassedOn: '2020-01-15',
        annualCapacity: 1000,
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const expected = {
      roundId: round.roundId,
      companyId: company.organisationId,
      productId: round.productId,
      specId: round.specIds[1],
      productCode: 'AMLO',
      productName: '氨氯地平',
      specCode: 'S10',
    };
    expect(await res.json()).toMatchObject(expected);
    const list = await t.request(`/api/rounds/${round.roundId.toUpperCase()}/registrations`, { cookie });
    expect(((await list.json()) as { items: Json[] }).items).toEqual([expect.objectContaining(expected)]);
  });

  it('names the registered spec codes when a bid names another spec', async () => {
    const w = await createBidWorld(t.db, { companies: 1, products: ['AMLO'] });
    const res = await t.request(`/api/rounds/${w.roundId}/bids/amlo`, {
      method: 'PUT',
      token: w.companies[0]?.token,
      json: { specCode: 'S2', packPrice: '1.00' },
      headers: { 'idempotency-key': randomUUID() },
    });
    const problem = await readProblem(res);
    expect([res.status, problem.code, problem.errors]).toMatchObject([
      400,
      'VALIDATION_FAILED',
      [
        {
          path: 'specCode',
          message: 'not a spec your company registered for product AMLO: you registered S1',
        },
      ],
    ]);
  });

  it('refuses product and spec codes that differ only in case: bids match codes without regard to case', async () => {
    const cookie = await as('admin1');
    const created = await t.request('/api/rounds', {
      method: 'POST',
      cookie,
      json: { code: 'GY-IDS-2', name: '编码', regionCodes: ['GZ'], ruleset: 'nvbp-10' },
    });
    const roundId = ((await created.json()) as Json).id as string;
    const product = (code: string, specs: string[]) => ({
      code,
      name: '氨氯地平',
      form: 'oral-solid',
      volumeClass: 'general',
      strengthUnit: 'mg',
      representativeSpecCode: specs[0],
      specs: specs.map((s) => ({ code: s, strength: '5', unitsPerPack: 28, ceiling: '0.5' })),
    });
    const add = (json: unknown) =>
      t.request(`/api/rounds/${roundId}/products`, { method: 'POST', cookie, json });
    expect((await add(product('Amlo', ['S5']))).status).toBe(201);
    const twice = await add(product('AMLO', ['S5']));
    expect([twice.status, (await readProblem(twice)).detailEn]).toEqual([
      409,
      'the round already has a product Amlo',
    ]);
    const specs = await add(product('ATOR', ['S5', 's5']));
    expect([specs.status, (await readProblem(specs)).errors]).toMatchObject([
      400,
      [{ path: 'specs[1].code', message: 'spec "s5" listed twice (codes are case-insensitive)' }],
    ]);
  });
});
