import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createOrgUser, ensureRegion, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';
import { listRegistrations } from './companies.repository.js';
import { insertTestRound } from '../test-support/test-round-rows.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser, companyA: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db);
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  await createOrgUser(t.db, 'office', ['office-official'], 'official1');
  await createOrgUser(t.db, 'office', ['auditor'], 'auditor1');
  companyA = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  await createOrgUser(t.db, 'company', ['company-user'], 'company-b');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hospital1');
});
afterAll(() => t.close());

const createRound = (state: string, biddingOpensIn?: string) =>
  insertTestRound(t.db as unknown as Kysely<any>, admin.userId, state, biddingOpensIn);

const registration = (productId: string, specId: string) => ({
  productId,
  specId,
  approvalNumber: '国药准字H20051234',
  approvalDate: '2019-06-01',
  originator: false,
  consistencyPassedOn: '2020-01-15',
  annualCapacity: 50_000_000,
});

describe('product registrations', () => {
  it('registers a company’s own spec while the round is before bidding, and audits it on the round stream', async () => {
    const round = await createRound('demand-open');
    const url = `/api/rounds/${round.roundId}/registrations`;
    const res = await t.request(url, {
      method: 'POST',
      cookie: await as('company-a'),
      json: registration(round.productId, round.specIds[0] as string),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    expect(created).toMatchObject({
      companyId: companyA.organisationId,
      reference: false,
      marketVolume: null,
      annualCapacity: 50_000_000,
      approvalDate: '2019-06-01',
    });
    const dup = await t.request(url, {
      method: 'POST',
      cookie: await as('company-a'),
      json: registration(round.productId, round.specIds[0] as string),
    });
    expect(dup.status).toBe(409);
    expect((await problem(dup)).errors).toMatchObject([{ path: 'specId', message: 'already registered' }]);
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('stream', '=', `round:${round.roundId}`)
      .execute();
    expect(audit.map((r) => [r.action, r.subject])).toEqual([
      ['registration.created', `registration:${created.id}`],
    ]);
    expect(await listRegistrations(t.db, round.roundId)).toHaveLength(1);
  });

  it('refuses bad input with field paths and saves nothing', async () => {
    const round = await createRound('published');
    const other = await createRound('published');
    const url = `/api/rounds/${round.roundId}/registrations`;
    const cookie = await as('company-a');
    const spec = round.specIds[0] as string;
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...registration(round.productId, spec), approvalNumber: '国药准字X2005123' }, ['approvalNumber']],
      [
        { ...registration(round.productId, spec), annualCapacity: -5, approvalDate: '2019-13-01' },
        ['annualCapacity', 'approvalDate'],
      ],
      [registration(other.productId, spec), ['productId']],
      [registration(round.productId, other.specIds[0] as string), ['specId']],
      [{ ...registration(round.productId, spec), approvalDate: '2999-01-01' }, ['approvalDate']],
    ];
    for (const [json, paths] of cases) {
      const res = await t.request(url, { method: 'POST', cookie, json });
      expect(res.status).toBe(400);
      const p = await problem(res);
      expect(p.code).toBe('VALIDATION_FAILED');
      expect(p.errors.map((e) => e.path).sort()).toEqual(paths);
    }
    const consumable = { ...registration(round.productId, spec), approvalNumber: '国械注准20173451234' };
    expect((await t.request(url, { method: 'POST', cookie, json: consumable })).status).toBe(201);
    expect(await listRegistrations(t.db, round.roundId)).toHaveLength(1);
    const missing = await t.request(`/api/rounds/${crypto.randomUUID()}/registrations`, {
      method: 'POST',
      cookie,
      json: consumable,
    });
    expect(missing.status).toBe(404);
  });

  it('keeps each company to its own registrations: others answer 404', async () => {
    const round = await createRound('demand-locked');
    const url = `/api/rounds/${round.roundId}/registrations`;
    const [s5, s10] = round.specIds as [string, string];
    const a = (await (
      await t.request(url, {
        method: 'POST',
        cookie: await as('company-a'),
        json: registration(round.productId, s5),
      })
    ).json()) as { id: string };
    const b = (await (
      await t.request(url, {
        method: 'POST',
        cookie: await as('company-b'),
        json: registration(round.productId, s10),
      })
    ).json()) as { id: string };

    const seenByB = (await (await t.request(url, { cookie: await as('company-b') })).json()) as {
      items: { id: string }[];
    };
    expect(seenByB.items.map((r) => r.id)).toEqual([b.id]);
    const peek = (await (
      await t.request(`${url}?companyId=${companyA.organisationId}`, { cookie: await as('company-b') })
    ).json()) as { items: unknown[] };
    expect(peek.items).toEqual([]);
    const steal = await t.request(`${url}/${a.id}`, { method: 'DELETE', cookie: await as('company-b') });
    expect(steal.status).toBe(404);
    expect((await problem(steal)).code).toBe('NOT_FOUND');
    expect((await listRegistrations(t.db, round.roundId)).map((r) => r.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );

    const office = (await (await t.request(url, { cookie: await as('official1') })).json()) as {
      items: { id: string }[];
    };
    expect(office.items).toHaveLength(2);
    const filtered = (await (
      await t.request(`${url}?companyId=${companyA.organisationId}`, { cookie: await as('auditor1') })
    ).json()) as { items: { id: string }[] };
    expect(filtered.items.map((r) => r.id)).toEqual([a.id]);
    expect((await t.request(url, { cookie: await as('hospital1') })).status).toBe(403);

    expect(
      (await t.request(`${url}/${a.id}`, { method: 'DELETE', cookie: await as('company-a') })).status,
    ).toBe(204);
    expect((await listRegistrations(t.db, round.roundId)).map((r) => r.id)).toEqual([b.id]);
    const actions = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${round.roundId}`)
      .orderBy('seq')
      .execute();
    expect(actions.map((r) => r.action)).toEqual([
      'registration.created',
      'registration.created',
      'registration.withdrawn',
    ]);
  });

  it('is open only from publication until bidding opens', async () => {
    const cookie = await as('company-a');
    const draft = await createRound('draft');
    expect(
      (
        await t.request(`/api/rounds/${draft.roundId}/registrations`, {
          method: 'POST',
          cookie,
          json: registration(draft.productId, draft.specIds[0] as string),
        })
      ).status,
    ).toBe(404);
    expect((await t.request(`/api/rounds/${draft.roundId}/registrations`, { cookie })).status).toBe(404);
    expect(
      (await t.request(`/api/rounds/${draft.roundId}/registrations`, { cookie: await as('official1') }))
        .status,
    ).toBe(200);

    const bidding = await createRound('bidding-open');
    const refused = await t.request(`/api/rounds/${bidding.roundId}/registrations`, {
      method: 'POST',
      cookie,
      json: registration(bidding.productId, bidding.specIds[0] as string),
    });
    expect(refused.status).toBe(409);
    expect((await problem(refused)).code).toBe('INVALID_STATE');

    // the calendar says bidding has opened though the scheduler has not moved the state yet
    const due = await createRound('demand-locked', '-1 minute');
    const late = await t.request(`/api/rounds/${due.roundId}/registrations`, {
      method: 'POST',
      cookie,
      json: registration(due.productId, due.specIds[0] as string),
    });
    expect(late.status).toBe(409);

    const open = await createRound('demand-closed');
    const made = (await (
      await t.request(`/api/rounds/${open.roundId}/registrations`, {
        method: 'POST',
        cookie,
        json: registration(open.productId, open.specIds[0] as string),
      })
    ).json()) as { id: string };
    await (t.db as unknown as Kysely<any>)
      .updateTable('round')
      .set({ state: 'bidding-open' })
      .where('id', '=', open.roundId)
      .execute();
    const withdraw = await t.request(`/api/rounds/${open.roundId}/registrations/${made.id}`, {
      method: 'DELETE',
      cookie,
    });
    expect(withdraw.status).toBe(409);
    expect(await listRegistrations(t.db, open.roundId)).toHaveLength(1);
    const byOffice = registration(open.productId, open.specIds[1] as string);
    expect(
      (
        await t.request(`/api/rounds/${open.roundId}/registrations`, {
          method: 'POST',
          cookie: await as('official1'),
          json: byOffice,
        })
      ).status,
    ).toBe(403);
  });
});
