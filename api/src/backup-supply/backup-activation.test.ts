import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorld,
  createClosedRound,
  openRound,
  type Login,
  type World,
} from '../test-support/award-fixtures.js';
import { testJobDeps } from '../test-support/agreement-world.js';
import { createIssuedRound, picksOf, productP1, recordPurchase } from '../test-support/backup-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';

let t: TestContext;
let world: World;
let roundId: string;
let productId: string;
let picks: Record<string, string>;
const org = (login: Login) => world[login].organisationId;

async function activate(login: Login, body: Record<string, unknown>) {
  const res = await t.request(`/api/rounds/${roundId}/backup-activations`, {
    method: 'POST',
    cookie: world[login].cookie,
    json: body,
  });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createIssuedRound(t, world);
  productId = (await productP1(t, roundId)).id;
  picks = await picksOf(t, world, roundId);
}, 90_000);
afterAll(() => t?.close());

describe('backup activation (断供, docs/rules.md §12.6)', () => {
  it('is the office admin’s alone, and only for regions the company is the primary of', async () => {
    const body = { productId, failedCompanyId: org('comp-a'), regionCodes: ['BJ'], reason: '断供' };
    expect((await activate('hosp-bj', body)).status).toBe(403);
    expect((await activate('comp-b', body)).status).toBe(403);
    expect((await activate('audit1', body)).status).toBe(403);
    const wrong = await activate('office1', { ...body, regionCodes: ['SH'] });
    // A is only the backup in SH
    expect(picks['SH:primary']).toBe('comp-b');
    expect(wrong.status).toBe(409);
    expect(wrong.body.errors[0].path).toBe('regionCodes');
    expect(wrong.body.regionCodes).toEqual(['SH']);
  });

  it('refuses a region without a backup, naming it', async () => {
    const without = ['BJ', 'TJ', 'SH'].filter(
      (r) => picks[`${r}:backup`] === undefined && picks[`${r}:primary`] === 'comp-a',
    );
    if (without.length === 0) {
      // every region of A has a backup: take one away to see the refusal
      await t.db
        .deleteFrom('region_pick')
        .where('round_id', '=', roundId)
        .where('region_code', '=', 'TJ')
        .where('kind', '=', 'backup')
        .execute();
      without.push('TJ');
    }
    const res = await activate('office1', {
      productId,
      failedCompanyId: org('comp-a'),
      regionCodes: without,
      reason: '断供',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVALID_STATE');
    expect(res.body.regionsWithoutBackup).toEqual(without);
    expect(res.body.detail).toContain(without[0]);
    // nothing changed
    const ended = await t.db
      .selectFrom('agreement_line')
      .select('ended_on')
      .where('ended_on', 'is not', null)
      .execute();
    expect(ended).toEqual([]);
  });

  it('ends the failed lines and makes agreements with the backup at its own price for what is left', async () => {
    const backup = picks['BJ:backup'] as Login;
    expect(backup).toBeDefined();
    // hosp-bj agreed 60 000 units of A (60 % of its 100 000 reported); bought 1 000 packs of 14 (14 000 units), and cancelled an order
    await recordPurchase(t, world, roundId, 'hosp-bj', 'comp-a', 1000);
    await recordPurchase(t, world, roundId, 'hosp-bj', 'comp-a', 500, 'cancelled');
    const res = await activate('office1', {
      productId,
      failedCompanyId: org('comp-a'),
      regionCodes: ['BJ'],
      reason: '北京地区连续两个月未按约配送',
      effectiveOn: '2027-06-01',
      violationList: true,
      violationUntil: null,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      regionCodes: ['BJ'],
      effectiveOn: '2027-06-01',
      violationListed: true,
      violationUntil: null,
      backups: [{ regionCode: 'BJ', companyId: org(backup), packPrice: '4.48' }],
    });
    expect(res.body.lines).toHaveLength(1);
    expect(res.body.lines[0]).toMatchObject({
      hospitalId: org('hosp-bj'),
      agreedVolume: '60000',
      purchasedUnits: '14000',
      backupVolume: '46000',
    });

    const failed = await t.db
      .selectFrom('agreement_line')
      .select(['ended_on', 'end_reason', 'cycle_end'])
      .where('agreement_id', '=', res.body.lines[0].endedAgreementId)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ ended_on: '2027-06-01', end_reason: 'passed-to-backup' });
    const made = await t.db
      .selectFrom('agreement as a')
      .innerJoin('agreement_line as l', 'l.agreement_id', 'a.id')
      .select([
        'a.hospital_id',
        'a.company_id',
        'a.activation_id',
        'l.pack_price',
        'l.agreed_volume',
        'l.supply',
        'l.cycle_start',
        'l.cycle_end',
      ])
      .where('a.id', '=', res.body.lines[0].newAgreementId)
      .executeTakeFirstOrThrow();
    expect(made).toMatchObject({
      hospital_id: org('hosp-bj'),
      company_id: org(backup),
      activation_id: res.body.id,
      pack_price: '4.48',
      agreed_volume: '46000',
      supply: 'backup',
      cycle_start: '2027-06-01',
      cycle_end: failed.cycle_end,
    });
    // TJ's line of A runs on
    const running = await t.db
      .selectFrom('agreement_line as l')
      .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
      .select('l.ended_on')
      .where('a.hospital_id', '=', org('hosp-tj'))
      .executeTakeFirstOrThrow();
    expect(running.ended_on).toBeNull();

    // the agreement job issues the new agreement's PDF
    await advanceAgreementJobs(testJobDeps(t));
    const issued = await t.db
      .selectFrom('agreement')
      .select('issued_at')
      .where('id', '=', res.body.lines[0].newAgreementId)
      .executeTakeFirstOrThrow();
    expect(issued.issued_at).not.toBeNull();
    const job = await t.db
      .selectFrom('agreement_job')
      .select('state')
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('finished');

    // the decision is in the audit chain, whole
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['payload'])
      .where('action', '=', 'backup.activated')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.payload)).toContain('46000');

    // the backup's parties see the new agreement; the office lists the activation
    const list = await t.request(`/api/rounds/${roundId}/backup-activations`, {
      cookie: world.audit1.cookie,
    });
    expect(((await list.json()) as any).items.map((a: any) => a.id)).toEqual([res.body.id]);
    const other = await t.request(`/api/rounds/${roundId}/backup-activations`, {
      cookie: world['comp-a'].cookie,
    });
    expect(other.status).toBe(403);
  });

  it('a second activation for the same lines finds nothing left to pass', async () => {
    const res = await activate('office1', {
      productId,
      failedCompanyId: org('comp-a'),
      regionCodes: ['BJ'],
      reason: '重复',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe('failedCompanyId');
  });

  it('puts the company on the violation list, which a later round’s eligibility reads', async () => {
    const facts = await t.request(`/api/companies/${org('comp-a')}/facts`, { cookie: world.office1.cookie });
    expect(await facts.json()).toMatchObject({ onViolationList: true, violationUntil: null });
    const { roundId: later } = await createClosedRound(t, world, {
      ruleset: 'nvbp-11',
      bids: [
        { login: 'comp-a', packPrice: '2.50' },
        { login: 'comp-c', packPrice: '3.00' },
        { login: 'comp-d', packPrice: '3.10' },
      ],
      demand: [{ hospital: 'hosp-bj', quantity: 1000 }],
    });
    await openRound(t, world, later);
    const record = await t.db
      .selectFrom('evaluation_record')
      .select('output_json')
      .where('round_id', '=', later)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const bids = (JSON.parse(record.output_json) as any).products[0].bids as any[];
    const a = bids.find((b) => b.companyId === org('comp-a'));
    expect(a).toMatchObject({ outcome: 'invalid' });
    expect(a.reasons).toContain('ON_VIOLATION_LIST');
  });
});
