import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createAgreedRound, testJobDeps } from '../test-support/agreement-world.js';
import { PASSWORD } from '../test-support/fixtures.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { signIn } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { advanceAgreementJobs } from './agreement-job.js';

let t: TestContext;
let world: World;
let roundId: string;
const org = (login: Login) => world[login].organisationId;

async function call(login: Login, path: string, init: { method?: string; body?: unknown } = {}) {
  const res = await t.request(`/api/rounds/${roundId}${path}`, {
    method: init.method ?? 'GET',
    cookie: world[login].cookie,
    ...(init.body === undefined ? {} : { json: init.body }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const agreementsOf = async (login: Login, query = '') =>
  (await call(login, `/agreements${query}`)).body.items as any[];
const agreementOf = async (hospital: Login, company: Login) =>
  (await agreementsOf(hospital)).find((a) => a.companyId === org(company));
const sign = (login: Login, id: string, termsSha256: string, password = PASSWORD) =>
  call(login, `/agreements/${id}/sign`, { method: 'POST', body: { password, termsSha256 } });

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createAgreedRound(t, world);
  expect((await call('office1', '/agreements/generation', { method: 'POST' })).status).toBe(202);
  await setPlatformClock(t.db, at('2027-03-08', '10:00'));
  await advanceAgreementJobs(testJobDeps(t));
}, 60_000);
afterAll(() => t?.close());

describe('signing a purchase agreement (issue 12.1)', () => {
  it('is drafted at first, awaiting both sides, with its lines and the terms hash to sign', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    expect(agreement).toMatchObject({ status: 'drafted', awaiting: ['hospital', 'company'] });
    expect(agreement.termsSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(agreement.hospitalSignature).toBeNull();
    expect(agreement.lines).toEqual([
      expect.objectContaining({
        productCode: 'P1',
        specCode: 'S1',
        packPrice: '2.80',
        supply: 'primary',
        cycleStart: '2027-04-01',
        endedOn: null,
        inCycle: false,
      }),
    ]);
  });

  it('refuses a wrong password and a hash that is not the terms’, signing nothing', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    const wrong = await sign('hosp-bj', agreement.id, agreement.termsSha256, 'not my password at all');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
    expect(wrong.body.errors[0].path).toBe('password');
    const changed = await sign('hosp-bj', agreement.id, 'a'.repeat(64));
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ code: 'CONFLICT', termsSha256: agreement.termsSha256 });
    expect(changed.body.errors[0].path).toBe('termsSha256');
    expect((await agreementOf('hosp-bj', 'comp-a')).status).toBe('drafted');
  });

  it('answers 404 to another party and 403 to the office, which never signs for a party', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    expect((await sign('hosp-tj', agreement.id, agreement.termsSha256)).status).toBe(404);
    expect((await sign('comp-b', agreement.id, agreement.termsSha256)).status).toBe(404);
    expect((await call('hosp-tj', `/agreements/${agreement.id}`)).status).toBe(404);
    expect((await sign('office1', agreement.id, agreement.termsSha256)).status).toBe(403);
  });

  it('is signed by the hospital, then the company: signed before the cycle, once per side', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    const first = await sign('hosp-bj', agreement.id, agreement.termsSha256);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'drafted', awaiting: ['company'] });
    expect(first.body.hospitalSignature).toMatchObject({ signedBy: 'hosp-bj' });
    const twice = await sign('hosp-bj', agreement.id, agreement.termsSha256);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'INVALID_STATE', side: 'hospital' });

    const second = await sign('comp-a', agreement.id, agreement.termsSha256.toUpperCase());
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      status: 'signed',
      awaiting: [],
      termsSha256: agreement.termsSha256,
      verification: { termsIntact: true, hospital: true, company: true },
    });
    expect(second.body.companySignature.signedBy).toBe('comp-a');
  });

  it('records each signature in the round’s audit chain, which still verifies', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    const events = await t.db
      .selectFrom('audit_event')
      .select(['payload', 'actor_user_id'])
      .where('stream', '=', `round:${roundId}`)
      .where('action', '=', 'agreement.signed')
      .orderBy('seq')
      .execute();
    expect(events.map((e: any) => [e.payload.side, e.actor_user_id])).toEqual([
      ['hospital', world['hosp-bj'].userId],
      ['company', world['comp-a'].userId],
    ]);
    const detail = (await call('office1', `/agreements/${agreement.id}`)).body;
    expect(events.map((e: any) => e.payload)).toEqual([
      {
        agreementId: agreement.id,
        side: 'hospital',
        termsSha256: agreement.termsSha256,
        signedAt: detail.hospitalSignature.signedAt,
        signature: detail.hospitalSignature.signature,
        keyId: detail.verification.keyId,
      },
      {
        agreementId: agreement.id,
        side: 'company',
        termsSha256: agreement.termsSha256,
        signedAt: detail.companySignature.signedAt,
        signature: detail.companySignature.signature,
        keyId: detail.verification.keyId,
      },
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('is active once the round’s date is in the cycle, and expired once every line ended', async () => {
    await setPlatformClock(t.db, at('2027-04-01', '08:00'));
    // a month on, the sessions of March have ended
    for (const login of ['office1', 'hosp-bj', 'hosp-sh', 'comp-a'] as const)
      world[login].cookie = await signIn(t, login);
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    expect(agreement.status).toBe('active');
    expect(agreement.lines[0].inCycle).toBe(true);
    const counts = (await call('office1', '/agreements/status-counts')).body;
    expect(counts).toMatchObject({ today: '2027-04-01', drafted: 3, active: 1, total: 4 });
    await t.db
      .updateTable('agreement_line')
      .set({ ended_on: '2027-04-01', end_reason: 'passed-to-backup' })
      .where('agreement_id', '=', agreement.id)
      .execute();
    expect((await agreementOf('hosp-bj', 'comp-a')).status).toBe('expired');
    await t.db
      .updateTable('agreement_line')
      .set({ ended_on: null, end_reason: null })
      .where('agreement_id', '=', agreement.id)
      .execute();
  });

  it('filters by status on the server exactly as each view computes it', async () => {
    const all = await agreementsOf('office1');
    for (const status of ['drafted', 'signed', 'active', 'expired', 'renewed']) {
      const page = await agreementsOf('office1', `?status=${status}`);
      expect(page.map((a) => a.id).sort(), status).toEqual(
        all
          .filter((a) => a.status === status)
          .map((a) => a.id)
          .sort(),
      );
    }
    expect((await agreementsOf('comp-a', '?status=active')).map((a) => a.hospitalId)).toEqual([
      org('hosp-bj'),
    ]);
    expect(await agreementsOf('hosp-sh', '?status=active')).toEqual([]);
  });

  it('shows a tampered signature as failing its check', async () => {
    const agreement = await agreementOf('hosp-bj', 'comp-a');
    const detail = (await call('hosp-bj', `/agreements/${agreement.id}`)).body;
    const other = (await call('comp-a', `/agreements/${agreement.id}`)).body;
    expect(other.verification).toEqual(detail.verification);
    await t.db
      .updateTable('agreement')
      .set({ hospital_signature: detail.companySignature.signature })
      .where('id', '=', agreement.id)
      .execute();
    expect((await call('hosp-bj', `/agreements/${agreement.id}`)).body.verification).toMatchObject({
      hospital: false,
      company: true,
    });
    await t.db
      .updateTable('agreement')
      .set({ hospital_signature: 'bm90IGEgc2lnbmF0dXJl' })
      .where('id', '=', agreement.id)
      .execute();
    expect((await call('hosp-bj', `/agreements/${agreement.id}`)).body.verification.hospital).toBe(false);
  });
});
