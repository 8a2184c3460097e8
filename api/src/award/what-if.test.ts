import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  createClosedRound,
  createWorld,
  DEFAULT_DEMAND,
  openRound,
  type World,
} from '../test-support/award-fixtures.js';
import { clientAs, roundPath } from '../test-support/award-client.js';

let t: TestContext;
let world: World;
let as: ReturnType<typeof clientAs>;
let roundId: string;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  as = clientAs(t, world);
  ({ roundId } = await createClosedRound(t, world, {
    ruleset: 'nvbp-7',
    bids: [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
      { login: 'comp-c', packPrice: '11.90', spec: 'S2' },
      { login: 'comp-d', packPrice: '8.40' },
    ],
    demand: DEFAULT_DEMAND,
  }));
});
afterAll(() => t.close());

function whatIf(
  login: 'office1' | 'audit1' | 'comp-a',
  body: {
    a: { base: string; overrides?: Record<string, unknown> };
    b: { base: string; overrides?: Record<string, unknown> };
  },
) {
  return as(login).POST('/rounds/{roundId}/evaluation/what-if', { ...roundPath(roundId), body });
}

describe('what-if: the round under two rulesets', () => {
  it('does not exist before the opening, for the office either', async () => {
    const res = await whatIf('office1', { a: { base: 'round' }, b: { base: 'nvbp-10' } });
    expect(res.response.status).toBe(404);
    expect(res.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('after the opening, the round against itself differs nowhere', async () => {
    await openRound(t, world, roundId);
    const { data } = await whatIf('office1', { a: { base: 'round' }, b: { base: 'nvbp-7' } });
    expect(data?.a).toMatchObject({ label: 'round', name: 'nvbp-7' });
    expect(data?.products.length).toBeGreaterThan(0);
    expect(data?.products.every((p) => p.same)).toBe(true);
    expect(data?.products[0]?.sideA).toEqual(data?.products[0]?.sideB);
  });

  it('names what differs under another ruleset, with the companies’ names', async () => {
    const { data } = await whatIf('office1', { a: { base: 'round' }, b: { base: 'nvbp-pilot' } });
    const changed = data?.products.filter((p) => !p.same) ?? [];
    expect(changed.length).toBeGreaterThan(0);
    const movers = changed.flatMap((p) => [
      ...p.winnersAdded,
      ...p.winnersRemoved,
      ...p.bids.map((b) => b.companyId),
    ]);
    for (const id of movers) expect(data?.names.organisations[id]).toEqual(expect.any(String));
    expect(data?.b).toMatchObject({ label: 'nvbp-pilot', overrides: {} });
  });

  it('takes overrides on the round’s ruleset, and refuses an unknown key by its path', async () => {
    const bad = await whatIf('office1', {
      a: { base: 'round' },
      b: { base: 'round', overrides: { nonsense: 1 } },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'b.nonsense' })],
    });
    const unknown = await whatIf('office1', { a: { base: 'nvbp-99' }, b: { base: 'round' } });
    expect(unknown.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'a' })],
    });
    const { data } = await whatIf('office1', {
      a: { base: 'round' },
      b: { base: 'round', overrides: { dualEnvelope: false } },
    });
    expect(data?.b.overrides).toEqual({ dualEnvelope: false });
  });

  it('the named result’s summary view leaves out allocations and regions (the office’s results page)', async () => {
    const query = (view: 'full' | 'summary') => ({ params: { path: { roundId }, query: { view } } });
    const full = await as(null).GET('/rounds/{roundId}/evaluation/result', query('full'));
    const summary = await as(null).GET('/rounds/{roundId}/evaluation/result', query('summary'));
    const [f, s] = [full.data?.products, summary.data?.products] as { [k: string]: unknown }[][];
    expect(f?.[0]).toHaveProperty('allocations');
    expect(s?.[0]).not.toHaveProperty('allocations');
    expect(s?.[0]).not.toHaveProperty('regions');
    expect(s?.[0]?.bids).toEqual(f?.[0]?.bids);
  });

  it('is the office admin’s: a company or the auditor is refused', async () => {
    for (const login of ['comp-a', 'audit1'] as const) {
      const res = await whatIf(login, { a: { base: 'round' }, b: { base: 'nvbp-10' } });
      expect(res.response.status).toBe(403);
    }
  });
});
