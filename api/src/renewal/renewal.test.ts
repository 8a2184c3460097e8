import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createAgreedRound } from '../test-support/agreement-world.js';
import { createSurplusRound } from '../test-support/surplus-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;

async function renew(who: Login, from: string, body: unknown) {
  const res = await t.request(`/api/rounds/${from}/renewal`, {
    method: 'POST',
    cookie: world[who].cookie,
    json: body,
  });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createSurplusRound(t, world);
}, 120_000);
afterAll(() => t?.close());

describe('renewal (接续)', () => {
  it('is the office admin’s: others are refused', async () => {
    for (const who of ['hosp-bj', 'comp-a', 'audit1'] as const)
      expect((await renew(who, roundId, { code: 'RENEW-X', name: '接续' })).status).toBe(403);
  });

  it('makes a draft round with the catalogue, regions and last cycle’s purchases as the baseline', async () => {
    const { status, body } = await renew('office1', roundId, { code: 'renew-1', name: '第一批接续' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ code: 'RENEW-1', name: '第一批接续', state: 'draft' });
    const renewal = await t.db
      .selectFrom('round')
      .select(['id', 'renewed_from', 'ruleset'])
      .where('code', '=', 'RENEW-1')
      .executeTakeFirstOrThrow();
    const old = await t.db
      .selectFrom('round')
      .select('ruleset')
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(renewal.renewed_from).toBe(roundId);
    expect(renewal.ruleset).toEqual(old.ruleset);
    const regions = async (id: string) =>
      (await t.db.selectFrom('round_region').select('region_code').where('round_id', '=', id).execute())
        .map((r) => r.region_code)
        .sort();
    expect(await regions(renewal.id)).toEqual(await regions(roundId));
    const specs = (id: string) =>
      t.db
        .selectFrom('spec as s')
        .innerJoin('product as p', 'p.id', 's.product_id')
        .select(['p.code as product', 'p.name', 's.code', 's.unit_count', 's.ceiling'])
        .where('p.round_id', '=', id)
        .orderBy('p.code')
        .orderBy('s.code')
        .execute();
    expect(await specs(renewal.id)).toEqual(await specs(roundId));
    expect((await specs(renewal.id)).length).toBeGreaterThan(0);

    // the baseline: what each institution bought (cancelled orders not), an agreed one that bought nothing at 0
    const lines = await t.db
      .selectFrom('demand_report')
      .select(['hospital_id', 'quantity', 'last_year_volume', 'status', 'brand_company_id'])
      .where('round_id', '=', renewal.id)
      .execute();
    const byHospital = Object.fromEntries(lines.map((l) => [l.hospital_id, l]));
    expect(lines).toHaveLength(3);
    expect(byHospital[world['hosp-bj'].organisationId]).toMatchObject({
      last_year_volume: String(6_000 * 14),
      quantity: String(6_000 * 14),
      status: 'submitted',
      brand_company_id: null,
    });
    expect(byHospital[world['hosp-tj'].organisationId]?.last_year_volume).toBe(String(5_000 * 14));
    expect(byHospital[world['hosp-sh'].organisationId]?.last_year_volume).toBe('0');

    // the expiring agreements are renewed now, and the audit chain says so
    const agreements = await t.db
      .selectFrom('agreement')
      .select('renewed_at')
      .where('round_id', '=', roundId)
      .execute();
    expect(agreements.length).toBe(4);
    expect(agreements.every((a) => a.renewed_at !== null)).toBe(true);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'payload'])
      .where('action', '=', 'round.renewed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.payload).toMatchObject({
      renewalCode: 'RENEW-1',
      baselineLines: 3,
      agreementsRenewed: 4,
    });
  });

  it('hospitals report against the baseline when the renewal’s demand opens', async () => {
    const renewal = await t.db
      .selectFrom('round')
      .select('id')
      .where('code', '=', 'RENEW-1')
      .executeTakeFirstOrThrow();
    const { listWorksheetProducts } = await import('../demand/my-demand.repository.js');
    const rows = await listWorksheetProducts(t.db, renewal.id, world['hosp-bj'].organisationId);
    expect(rows.map((r) => [r.code, r.this_round])).toEqual([['P1', String(6_000 * 14)]]);
  });

  it('refuses a second renewal, a used code, and a round without agreements', async () => {
    const again = await renew('office1', roundId, { code: 'RENEW-2', name: '再次接续' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'CONFLICT',
      refusal: 'ALREADY_RENEWED',
      renewalCode: 'RENEW-1',
    });

    const bare = await createAgreedRound(t, world);
    const none = await renew('office1', bare, { code: 'RENEW-3', name: '接续' });
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'INVALID_STATE', refusal: 'NO_AGREEMENTS' });
    expect((await renew('office1', roundId, { code: 'bad code', name: 'x' })).status).toBe(400);
    expect(
      (await renew('office1', '00000000-0000-4000-8000-000000000000', { code: 'R9', name: 'x' })).status,
    ).toBe(404);
  });
});
