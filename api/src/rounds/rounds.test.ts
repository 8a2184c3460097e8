import { BUILT_IN_RULESETS } from '@jicai/domain';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../client/api-client.js';
import { ok } from '../test-support/api-client.js';
import { CALENDAR, PRODUCT, useRoundOffice } from '../test-support/round-office.js';
import type { TestContext } from '../test-support/test-context.js';

const office = useRoundOffice();
let t: TestContext;
beforeAll(() => {
  t = office.t;
});
const as = (login: string) => office.as(login);
type Ruleset = components['schemas']['CreateRoundRequest']['ruleset'];
type Calendar = components['schemas']['RoundCalendarRequest'];
const roundPath = (roundId: string) => ({ params: { path: { roundId } } });
const publish = (roundId: string) => as('admin').POST('/rounds/{roundId}/publish', roundPath(roundId));
const setCalendar = (roundId: string, body: Calendar) =>
  as('admin').PUT('/rounds/{roundId}/calendar', { ...roundPath(roundId), body });
const addProduct = (roundId: string) =>
  as('admin').POST('/rounds/{roundId}/products', { ...roundPath(roundId), body: PRODUCT });

async function counts() {
  const { rows } = await sql<Record<string, string>>`select
    (select count(*) from round) as rounds, (select count(*) from round_region) as regions,
    (select count(*) from product) as products, (select count(*) from audit_event) as audit`.execute(t.db);
  return rows[0];
}

async function draftRound(code: string, ruleset: Ruleset = 'nvbp-11', regionCodes = ['GZ', 'YN']) {
  const body = { code, name: `${code} 集采`, regionCodes, ruleset };
  return (await ok(as('admin').POST('/rounds', { body }), 201)).id;
}

async function readyRound(code: string, ruleset: Ruleset = 'nvbp-11', calendar: Calendar = CALENDAR) {
  const id = await draftRound(code, ruleset);
  await ok(addProduct(id), 201);
  await ok(setCalendar(id, calendar));
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
    const regions = await ok(as('company').GET('/regions'));
    expect(regions.items).toEqual(expect.arrayContaining([{ code: 'GZ', name: '贵州省' }]));
    expect((await t.request('/api/regions')).status).toBe(401);
  });

  it('creates, builds the catalogue, sets the calendar and publishes, auditing each step', async () => {
    const body = { code: 'GY-YD2026-1', name: '贵云联盟集采', regionCodes: ['GZ', 'YN'], ruleset: 'nvbp-11' };
    const created = await ok(as('admin').POST('/rounds', { body }), 201);
    expect(created).toMatchObject({
      code: 'GY-YD2026-1',
      state: 'draft',
      ruleset: 'nvbp-11',
      rulesetName: 'nvbp-11',
      rulesetFrozen: null,
      calendar: null,
      productCount: 0,
      publishedAt: null,
    });
    expect(created.regions.map((r) => r.code)).toEqual(['GZ', 'YN']);
    const id = created.id;
    await ok(addProduct(id), 201);
    const calendar = await ok(setCalendar(id, CALENDAR));
    expect(calendar).toMatchObject({
      demandOpensAt: '2026-09-01T09:00:00+08:00',
      openingAt: '2026-09-30T14:00:00+08:00',
      objectionEndsOn: '2026-10-05',
    });

    const published = await ok(publish(id));
    expect(published).toMatchObject({
      state: 'published',
      productCount: 1,
      publishedAt: expect.stringMatching(/^2026-08-01T08:0\d:\d\d\+08:00$/),
    });
    expect(published.rulesetFrozen).toEqual(JSON.parse(JSON.stringify(BUILT_IN_RULESETS['nvbp-11'])));
    expect(await auditActions(id)).toEqual([
      'round.created',
      'product.added',
      'round.calendar-set',
      'round.ruleset-frozen',
      'round.published',
    ]);
    expect((await publish(id)).error).toMatchObject({
      code: 'INVALID_STATE',
      refusal: 'NOT_IN_DRAFT',
    });
  });

  it('opens the demand window at publish when it has already opened', async () => {
    const id = await readyRound('GY-OPEN-1', 'nvbp-11', { ...CALENDAR, demandOpensAt: '2026-07-25T09:00' });
    expect((await ok(publish(id))).state).toBe('demand-open');
    expect((await auditActions(id)).slice(-2)).toEqual(['round.published', 'round.demand-opened']);
  });

  it('refuses to publish an incomplete round with the domain’s refusal, changing nothing', async () => {
    const id = await draftRound('GY-REFUSE-1', 'nvbp-11', []);
    const expectRefusal = async (refusal: string) => {
      const before = await counts();
      const { response, error } = await publish(id);
      expect(response.status).toBe(409);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(error).toMatchObject({ code: 'INVALID_STATE', refusal });
      expect(await counts()).toEqual(before);
    };
    await expectRefusal('CALENDAR_MISSING');
    await ok(setCalendar(id, CALENDAR));
    await expectRefusal('CATALOGUE_EMPTY');
    await ok(addProduct(id), 201);
    await expectRefusal('NO_REGIONS');
    const patch = (body: components['schemas']['PatchRoundRequest']) =>
      as('admin').PATCH('/rounds/{roundId}', { ...roundPath(id), body });
    const patched = await ok(patch({ name: '改名', regionCodes: ['GX'] }));
    expect(patched).toMatchObject({ name: '改名', regions: [{ code: 'GX' }] });
    expect((await patch({})).error?.errors).toMatchObject([
      { path: '$', message: expect.stringContaining('nothing to change') },
    ]);
    await ok(
      setCalendar(id, { ...CALENDAR, demandOpensAt: '2026-07-01T09:00', demandClosesAt: '2026-07-20T09:00' }),
    );
    await expectRefusal('CALENDAR_IN_PAST');
    const round = await t.db.selectFrom('round').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(round).toMatchObject({ state: 'draft', ruleset_frozen: null, published_at: null });
  });

  it('freezes an override ruleset at publish; later changes are refused', async () => {
    const override = { extends: 'nvbp-11' as const, name: 'gy-2026', minReduction: '0.6', backups: false };
    const id = await readyRound('GY-OVR-1', override);
    expect(await ok(as('admin').GET('/rounds/{roundId}', roundPath(id)))).toMatchObject({
      ruleset: override,
      rulesetName: 'gy-2026',
      rulesetFrozen: null,
    });
    const published = await ok(publish(id));
    expect(published.rulesetFrozen).toMatchObject({
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
    expect(row.ruleset_frozen).toEqual(published.rulesetFrozen);

    const before = await counts();
    const patch = await as('admin').PATCH('/rounds/{roundId}', {
      ...roundPath(id),
      body: { ruleset: 'nvbp-7' },
    });
    expect(patch.response.status).toBe(409);
    expect(patch.error).toMatchObject({ code: 'INVALID_STATE', state: 'published' });
    expect((await setCalendar(id, CALENDAR)).error?.code).toBe('INVALID_STATE');
    const product = { params: { path: { roundId: id, productCode: 'P-AMLO' } } };
    expect((await as('admin').DELETE('/rounds/{roundId}/products/{productCode}', product)).error?.code).toBe(
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
