import { BUILT_IN_RULESETS } from '@jicai/domain';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR, PRODUCT, useRoundOffice, type Json } from '../test-support/round-office.js';
import type { TestContext } from '../test-support/test-context.js';

const office = useRoundOffice();
let t: TestContext;
beforeAll(() => {
  t = office.t;
});
const call = office.call;

async function counts() {
  const { rows } = await sql<Record<string, string>>`select
    (select count(*) from round) as rounds, (select count(*) from round_region) as regions,
    (select count(*) from product) as products, (select count(*) from audit_event) as audit`.execute(t.db);
  return rows[0];
}

async function draftRound(code: string, ruleset: unknown = 'nvbp-11', regionCodes = ['GZ', 'YN']) {
  const res = await call('admin', '/rounds', {
    method: 'POST',
    json: { code, name: `${code} 集采`, regionCodes, ruleset },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function readyRound(code: string, ruleset: unknown = 'nvbp-11', calendar: object = CALENDAR) {
  const id = await draftRound(code, ruleset);
  expect((await call('admin', `/rounds/${id}/products`, { method: 'POST', json: PRODUCT })).status).toBe(201);
  expect((await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: calendar })).status).toBe(200);
  return id;
}

const auditActions = async (roundId: string) =>
  (
    await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${roundId}`)
      .orderBy('seq')
      .execute()
  ).map((r) => r.action);

describe('round set-up by the office', () => {
  it('lists the regions to any signed-in user', async () => {
    const res = await call('company', '/regions');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(expect.arrayContaining([{ code: 'GZ', name: '贵州省' }]));
    expect((await t.request('/api/regions')).status).toBe(401);
  });

  it('creates, builds the catalogue, sets the calendar and publishes, auditing each step', async () => {
    const created = await call('admin', '/rounds', {
      method: 'POST',
      json: { code: 'GY-YD2026-1', name: '贵云联盟集采', regionCodes: ['GZ', 'YN'], ruleset: 'nvbp-11' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'GY-YD2026-1',
      state: 'draft',
      ruleset: 'nvbp-11',
      rulesetName: 'nvbp-11',
      rulesetFrozen: null,
      calendar: null,
      productCount: 0,
      publishedAt: null,
    });
    expect(created.body.regions.map((r: Json) => r.code)).toEqual(['GZ', 'YN']);
    const id = created.body.id as string;
    expect((await call('admin', `/rounds/${id}/products`, { method: 'POST', json: PRODUCT })).status).toBe(
      201,
    );
    const calendar = await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: CALENDAR });
    expect(calendar.body).toMatchObject({
      demandOpensAt: '2026-09-01T09:00:00+08:00',
      openingAt: '2026-09-30T14:00:00+08:00',
      objectionEndsOn: '2026-10-05',
    });

    const published = await call('admin', `/rounds/${id}/publish`, { method: 'POST' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      state: 'published',
      productCount: 1,
      publishedAt: expect.stringMatching(/^2026-08-01T08:0\d:\d\d\+08:00$/),
    });
    expect(published.body.rulesetFrozen).toEqual(JSON.parse(JSON.stringify(BUILT_IN_RULESETS['nvbp-11'])));
    expect(await auditActions(id)).toEqual([
      'round.created',
      'product.added',
      'round.calendar-set',
      'round.ruleset-frozen',
      'round.published',
    ]);
    expect((await call('admin', `/rounds/${id}/publish`, { method: 'POST' })).body).toMatchObject({
      code: 'INVALID_STATE',
      refusal: 'NOT_IN_DRAFT',
    });
  });

  it('opens the demand window at publish when it has already opened', async () => {
    const id = await readyRound('GY-OPEN-1', 'nvbp-11', { ...CALENDAR, demandOpensAt: '2026-07-25T09:00' });
    const published = await call('admin', `/rounds/${id}/publish`, { method: 'POST' });
    expect(published.body.state).toBe('demand-open');
    expect((await auditActions(id)).slice(-2)).toEqual(['round.published', 'round.demand-opened']);
  });

  it('refuses to publish an incomplete round with the domain’s refusal, changing nothing', async () => {
    const id = await draftRound('GY-REFUSE-1', 'nvbp-11', []);
    const expectRefusal = async (refusal: string) => {
      const before = await counts();
      const res = await call('admin', `/rounds/${id}/publish`, { method: 'POST' });
      expect(res.status).toBe(409);
      expect(res.type).toBe('application/problem+json');
      expect(res.body).toMatchObject({ code: 'INVALID_STATE', refusal });
      expect(await counts()).toEqual(before);
    };
    await expectRefusal('CALENDAR_MISSING');
    await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: CALENDAR });
    await expectRefusal('CATALOGUE_EMPTY');
    await call('admin', `/rounds/${id}/products`, { method: 'POST', json: PRODUCT });
    await expectRefusal('NO_REGIONS');
    const patched = await call('admin', `/rounds/${id}`, {
      method: 'PATCH',
      json: { name: '改名', regionCodes: ['GX'] },
    });
    expect(patched.body).toMatchObject({ name: '改名', regions: [{ code: 'GX' }] });
    expect((await call('admin', `/rounds/${id}`, { method: 'PATCH', json: {} })).body.errors).toMatchObject([
      { path: '$', message: expect.stringContaining('nothing to change') },
    ]);
    await call('admin', `/rounds/${id}/calendar`, {
      method: 'PUT',
      json: { ...CALENDAR, demandOpensAt: '2026-07-01T09:00', demandClosesAt: '2026-07-20T09:00' },
    });
    await expectRefusal('CALENDAR_IN_PAST');
    const round = await t.db.selectFrom('round').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(round).toMatchObject({ state: 'draft', ruleset_frozen: null, published_at: null });
  });

  it('freezes an override ruleset at publish; later changes are refused', async () => {
    const override = { extends: 'nvbp-11', name: 'gy-2026', minReduction: '0.6', backups: false };
    const id = await readyRound('GY-OVR-1', override);
    expect((await call('admin', `/rounds/${id}`)).body).toMatchObject({
      ruleset: override,
      rulesetName: 'gy-2026',
      rulesetFrozen: null,
    });
    const published = await call('admin', `/rounds/${id}/publish`, { method: 'POST' });
    expect(published.body.rulesetFrozen).toMatchObject({
      name: 'gy-2026',
      minReduction: '0.6',
      backups: false,
      priceCondition: BUILT_IN_RULESETS['nvbp-11']?.priceCondition,
    });
    const row = await t.db
      .selectFrom('round')
      .select(['ruleset', 'ruleset_frozen'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.ruleset).toEqual(override);
    expect(row.ruleset_frozen).toEqual(published.body.rulesetFrozen);

    const before = await counts();
    const patch = await call('admin', `/rounds/${id}`, { method: 'PATCH', json: { ruleset: 'nvbp-7' } });
    expect(patch.status).toBe(409);
    expect(patch.body).toMatchObject({ code: 'INVALID_STATE', state: 'published' });
    expect((await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: CALENDAR })).body.code).toBe(
      'INVALID_STATE',
    );
    expect((await call('admin', `/rounds/${id}/products/P-AMLO`, { method: 'DELETE' })).body.code).toBe(
      'INVALID_STATE',
    );
    expect(await counts()).toEqual(before);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/regions',
        '/rounds',
        '/rounds/{roundId}/publish',
        '/rounds/{roundId}/calendar',
        '/calendar/working-days',
        '/rounds/{roundId}/products/{productCode}',
      ]),
    );
  });
});
