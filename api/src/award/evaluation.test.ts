import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBuiltInRuleset, type Ruleset } from '@jicai/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluate } from '../cli/run-evaluate.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  createClosedRound,
  createWorld,
  DEFAULT_DEMAND,
  openRound,
  type World,
} from '../test-support/award-fixtures.js';
import { ok } from '../test-support/api-client.js';
import {
  clientAs,
  publishedDocument,
  publishedText,
  roundPath,
  roundState,
} from '../test-support/award-client.js';

let t: TestContext;
let world: World;
let as: ReturnType<typeof clientAs>;
let roundId: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-opening-'));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  as = clientAs(t, world);
  ({ roundId } = await createClosedRound(t, world, {
    ruleset: 'nvbp-7',
    bids: [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
      // 20 mg at 0.8500 a unit is 0.5000 in 10 mg terms (1.7 per doubling); 75 % below its ceiling
      { login: 'comp-c', packPrice: '11.90', spec: 'S2' },
      { login: 'comp-d', packPrice: '8.40' },
    ],
    demand: DEFAULT_DEMAND,
    tampered: 'comp-e',
  }));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

const latestRecord = (id = roundId) => as(null).GET('/rounds/{roundId}/evaluation', roundPath(id));

describe('opening: the evaluation record', () => {
  it('is refused before anything is published', async () => {
    expect((await latestRecord()).response.status).toBe(404);
    expect((await publishedText(t, roundId, 'input')).status).toBe(404);
  });

  it('evaluates at opening, stores the record and moves the round to evaluated', async () => {
    await openRound(t, world, roundId);
    expect(await roundState(t, roundId)).toBe('evaluated');
    const meta = await ok(latestRecord());
    expect(meta).toMatchObject({ seq: 1, reason: 'opening', ruleset: { name: 'nvbp-7', version: '1' } });
    // signed by the platform on first read, verifiable with its public key
    const signature = meta.signature;
    if (!signature) throw new Error('the record is not signed');
    expect(signature.keyId).toBe(t.deps.signer.keyId);
    expect(signature.signedText).toContain(`input-sha256 ${meta.inputSha256}`);
    expect(t.deps.signer.verify(Buffer.from(signature.signedText, 'utf8'), signature.value)).toBe(true);
    const actions = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${roundId}`)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['evaluation.recorded', 'round.bids-opened']);
  });

  it('publishes the exact bytes; ./jicai evaluate on the input reproduces the output byte for byte', async () => {
    const meta = await ok(latestRecord());
    const input = await publishedText(t, roundId, 'input');
    const output = await publishedText(t, roundId, 'output');
    expect(input.status).toBe(200);
    expect(input.type).toBe('application/json');
    expect(output.type).toBe('application/json');
    expect(sha256(input.text)).toBe(meta.inputSha256);
    expect(sha256(output.text)).toBe(meta.outputSha256);
    expect(input.text.endsWith('}\n')).toBe(true);

    const file = path.join(tmp, 'round.json');
    writeFileSync(file, input.text, 'utf8');
    const run = runEvaluate([file], (p) => readFileSync(p, 'utf8'));
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(output.text);
  });

  it('builds the contract input from the database', async () => {
    const input = await publishedDocument(t, roundId, 'input');
    expect(Object.keys(input)).toEqual(['ruleset', 'regions', 'products', 'bids', 'demand', 'deadline']);
    expect(input.ruleset).toBe('nvbp-7');
    expect(input.regions).toEqual(['BJ', 'SH', 'TJ']);
    expect(input.deadline).toBe('2027-03-01T09:00:00+08:00');
    expect(input.products[0].specs[1]).toEqual({
      id: 'S2',
      strength: '20',
      unitsPerPack: 14,
      volumeMl: null,
      ceiling: '3.4000',
    });
    // the tampered bid never reaches the evaluation
    expect(input.bids.map((b: any) => b.companyId).sort()).toEqual(
      ['comp-a', 'comp-b', 'comp-c', 'comp-d'].map((l) => world[l as 'comp-a'].organisationId).sort(),
    );
    const c = input.bids.find((b: any) => b.companyId === world['comp-c'].organisationId);
    expect(c).toMatchObject({
      productId: 'P1',
      specId: 'S2',
      packPrice: '11.90',
      submittedAt: '2027-02-25T08:03:00.123456+08:00',
      originator: false,
      consistencyPassedOn: '2020-01-01',
      approvalDate: '2015-01-01',
      revival: null,
      company: { creditRank: 0, regionsSuppliedLastYear: 13, salesVolume: 3000, annualCapacity: 10_000_000 },
    });
    // comp-e did not bid (its bid was tampered): its brand line is published as generic
    expect(input.demand.map((l: any) => l.brandCompanyId)).toEqual([null, null, null, null]);
    expect(input.demand.reduce((s: number, l: any) => s + l.quantity, 0)).toBe(170_999);
  });

  it('publishes the result: winners, volumes by region', async () => {
    const output = await publishedDocument(t, roundId, 'output');
    const [p1] = output.products;
    expect(p1).toMatchObject({
      productId: 'P1',
      status: 'awarded',
      validBids: 4,
      maxShortlist: 3,
      winners: 3,
    });
    expect(p1.bids.map((b: any) => b.outcome)).toEqual(['winner', 'winner', 'winner', 'not-shortlisted']);
    expect(p1.allocations.reduce((s: number, a: any) => s + a.agreedVolume, 0)).toBe(p1.agreedVolume);
  });

  it('shows the result with names beside the ids, and publishes the names for --explain (issue 8 §9)', async () => {
    const named = (await ok(
      as(null).GET('/rounds/{roundId}/evaluation/result', { params: { path: { roundId }, query: {} } }),
    )) as any; // its products are the output contract's, which the document leaves open
    const output = await publishedDocument(t, roundId, 'output');
    const [p1] = named.products;
    expect(p1).toMatchObject({ productId: 'P1', productName: '阿托伐他汀钙片', status: 'awarded' });
    const nameOf = (id: string) =>
      `company ${Object.entries(world).find(([, u]) => u.organisationId === id)?.[0]}`;
    expect(p1.bids.map((b: any) => [b.bidId, b.companyId, b.companyName])).toEqual(
      output.products[0].bids.map((b: any) => [b.bidId, b.companyId, nameOf(b.companyId)]),
    );
    const c = p1.bids.find((b: any) => b.companyId === world['comp-c'].organisationId);
    expect(c.specCode).toBe('S2');
    expect([p1.allocations.length > 0, p1.regions.length > 0]).toEqual([true, true]);
    for (const a of p1.allocations) expect(a.institutionName).toMatch(/^hospital hosp-(bj|tj|sh)$/);
    for (const r of p1.regions)
      expect(r).toMatchObject({
        regionName: { BJ: '北京市', TJ: '天津市', SH: '上海市' }[r.regionId as string],
        primaryName: nameOf(r.primary),
      });

    const names = await ok(
      as(null).GET('/rounds/{roundId}/evaluation/names.json', { params: { path: { roundId }, query: {} } }),
    );
    expect(names.organisations[world['comp-a'].organisationId]).toBe('company comp-a');
    expect(names.organisations[world['hosp-bj'].organisationId]).toBe('hospital hosp-bj');
    expect(names).toMatchObject({ seq: 1, regions: { BJ: '北京市' }, products: { P1: '阿托伐他汀钙片' } });
  });

  it('opens a round once; records are append-only and their hashes checked by the schema', async () => {
    await expect(openRound(t, world, roundId)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(
      sql`update evaluation_record set output_json = output_json || ' ' where round_id = ${roundId}`.execute(
        t.db,
      ),
    ).rejects.toThrow(/published|evaluation_record_hashes/);
    const records = await ok(as(null).GET('/rounds/{roundId}/evaluation/records', roundPath(roundId)));
    expect(records.items.map((r) => r.seq)).toEqual([1]);
    expect((await publishedText(t, roundId, 'output', 1)).status).toBe(200);
    expect((await publishedText(t, roundId, 'output', 9)).status).toBe(404);
  });

  it('signs at once when the bids feature passes the signer', async () => {
    const second = await createClosedRound(t, world, {
      ruleset: 'nvbp-7',
      bids: [{ login: 'comp-a', packPrice: '2.80' }],
      demand: [{ hospital: 'hosp-bj', quantity: 10 }],
    });
    await openRound(t, world, second.roundId, true);
    const row = await t.db
      .selectFrom('evaluation_record')
      .select(['signature', 'signing_key_id'])
      .where('round_id', '=', second.roundId)
      .executeTakeFirstOrThrow();
    expect(row.signature).not.toBeNull();
    expect(row.signing_key_id).toBe(t.deps.signer.keyId);
  });
});

describe('the ruleset and the envelopes as published', () => {
  const two = [
    { login: 'comp-a', packPrice: '2.80' },
    { login: 'comp-b', packPrice: '4.48' },
  ] as const;
  const reproduce = async (id: string) => {
    const input = await publishedText(t, id, 'input');
    const output = await publishedText(t, id, 'output');
    const file = path.join(tmp, `${id}.json`);
    writeFileSync(file, input.text, 'utf8');
    expect(runEvaluate([file], (p) => readFileSync(p, 'utf8')).stdout).toBe(output.text);
    return { input: JSON.parse(input.text), output: JSON.parse(output.text) };
  };

  it('pins the frozen ruleset when the built-in no longer resolves to it', async () => {
    const frozen = { ...(findBuiltInRuleset('nvbp-7') as Ruleset), spreadMultiple: '1.5' };
    const r = await createClosedRound(t, world, {
      ruleset: 'nvbp-7',
      frozen,
      bids: two,
      demand: DEFAULT_DEMAND,
    });
    await openRound(t, world, r.roundId);
    const { input, output } = await reproduce(r.roundId);
    expect(input.ruleset).toMatchObject({ extends: 'nvbp-7', name: 'nvbp-7', spreadMultiple: '1.5' });
    expect(Object.keys(input.ruleset)[0]).toBe('extends');
    expect(output.products[0].thresholdUcp).toBe('0.3000');
    expect(output.products[0].bids[1].qualifiedBy).toEqual(['REDUCTION_50']);
  });

  it('dual envelope: opens after the technical envelope, with its results', async () => {
    const choice = { extends: 'nvbp-7', dualEnvelope: true };
    const bids = [
      { ...two[0], technicalPass: true },
      { ...two[1], technicalPass: false },
    ];
    const early = await createClosedRound(t, world, { ruleset: choice, bids, demand: DEFAULT_DEMAND });
    await expect(openRound(t, world, early.roundId)).rejects.toMatchObject({
      extra: { refusal: 'TECHNICAL_ENVELOPE_FIRST' },
    });
    const r = await createClosedRound(t, world, {
      ruleset: choice,
      state: 'technical-opened',
      bids,
      demand: DEFAULT_DEMAND,
    });
    await openRound(t, world, r.roundId);
    const { input, output } = await reproduce(r.roundId);
    expect(input.ruleset).toEqual(choice);
    expect(input.bids.map((b: any) => b.technicalPass).sort()).toEqual([false, true]);
    const b = output.products[0].bids.find((x: any) => x.companyId === world['comp-b'].organisationId);
    expect(b).toMatchObject({ outcome: 'invalid', reasons: ['TECHNICAL_ENVELOPE_FAILED'] });
  });
});
