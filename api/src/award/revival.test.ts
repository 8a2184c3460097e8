import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  at,
  createClosedRound,
  createWorld,
  DEFAULT_DEMAND,
  openRound,
  T0,
  type World,
} from '../test-support/award-fixtures.js';
import { client, expectProblem, roundState } from '../test-support/award-client.js';
import { sweepRevivalWindows } from './revival.service.js';

let t: TestContext;
let world: World;
let call: ReturnType<typeof client>;

// nvbp-10 (spread with revival): A 0.2000 and B 0.3200 win by rule 1 (≤ 1.8 × 0.2000); C 0.5000 is
// shortlisted (T10: M = 3 for N = 4) and fails, so it is offered the highest rule-1 UCP, 0.3200.
const BIDS = [
  { login: 'comp-a', packPrice: '2.80' },
  { login: 'comp-b', packPrice: '4.48' },
  { login: 'comp-c', packPrice: '7.00' },
  { login: 'comp-d', packPrice: '8.40' },
] as const;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  call = client(t, world);
});
afterAll(() => t.close());

const outcomes = async (roundId: string) => {
  const output = (await call(null, 'GET', `${roundId}/evaluation/output.json`)).body;
  return output.products[0].bids.map((b: any) => [b.outcome, b.winningUcp, b.winningPackPrice]);
};

describe('revival window (复活)', () => {
  let roundId: string;
  let offerId: string;

  it('opens into the revival window with an offer to the failed shortlisted company only', async () => {
    ({ roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-10',
      bids: BIDS,
      demand: DEFAULT_DEMAND,
    }));
    await openRound(t, world, roundId);
    expect(await roundState(t, roundId)).toBe('revival-window');
    const output = (await call(null, 'GET', `${roundId}/evaluation/output.json`)).body;
    expect(output.products[0].status).toBe('awaiting-revival');

    const mine = await call('comp-c', 'GET', `${roundId}/revival-offers/mine`);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        productCode: 'P1',
        offerUcp: '0.3200',
        answer: null,
        closesAt: expect.stringMatching(/^2027-03-02T10:0\d:\d\d\+08:00$/),
      }),
    ]);
    offerId = mine.body.items[0].id;
    expect((await call('comp-a', 'GET', `${roundId}/revival-offers/mine`)).body.items).toEqual([]);
    expect((await call('hosp-bj', 'GET', `${roundId}/revival-offers/mine`)).status).toBe(403);
  });

  it('another company cannot answer it: it does not exist for them', async () => {
    const res = await call('comp-a', 'POST', `${roundId}/revival-offers/${offerId}/answer`, {
      answer: 'accept',
    });
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it('an accepted offer re-runs the evaluation: a new record with a revival winner', async () => {
    const res = await call('comp-c', 'POST', `${roundId}/revival-offers/${offerId}/answer`, {
      answer: 'accept',
    });
    expect(res.status).toBe(200);
    expect(res.body.answer).toBe('accept');
    const meta = (await call(null, 'GET', `${roundId}/evaluation`)).body;
    expect(meta).toMatchObject({ seq: 2, reason: 'revival' });
    expect(await outcomes(roundId)).toEqual([
      ['winner', '0.2000', '2.80'],
      ['winner', '0.3200', '4.48'],
      ['revival-winner', '0.3200', '4.48'],
      ['not-shortlisted', null, null],
    ]);
    const input = (await call(null, 'GET', `${roundId}/evaluation/input.json`)).body;
    expect(input.bids.map((b: any) => b.revival).filter(Boolean)).toEqual(['accept']);
    // the answer is final
    const again = await call('comp-c', 'POST', `${roundId}/revival-offers/${offerId}/answer`, {
      answer: 'decline',
    });
    expectProblem(again, 409, 'CONFLICT');
  });

  it('the office closes the window once every offer is answered; the result is ready', async () => {
    expectProblem(await call('comp-c', 'POST', `${roundId}/revival/close`), 403, 'FORBIDDEN');
    const res = await call('office1', 'POST', `${roundId}/revival/close`);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('evaluated');
    const records = (await call(null, 'GET', `${roundId}/evaluation/records`)).body.items;
    expect(records.map((r: any) => r.reason)).toEqual(['opening', 'revival', 'revival-closed']);
    expect((await call(null, 'GET', `${roundId}/evaluation/output.json`)).body.products[0].status).toBe(
      'awarded',
    );
  });
});

describe('a window that runs out', () => {
  let roundId: string;

  it('cannot be closed early while an offer is unanswered', async () => {
    ({ roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-10',
      bids: BIDS,
      demand: DEFAULT_DEMAND,
    }));
    await openRound(t, world, roundId);
    const res = await call('office1', 'POST', `${roundId}/revival/close`);
    expectProblem(res, 409, 'INVALID_STATE');
    expect(res.body.refusal).toBe('REVIVAL_PENDING');
    expect(await sweepRevivalWindows(t.db)).toBe(0);
  });

  it('closes by itself on the database clock: unanswered offers count as declined', async () => {
    await setPlatformClock(t.db, at('2027-03-02', '10:10'));
    const [offer] = (await call('comp-c', 'GET', `${roundId}/revival-offers/mine`)).body.items;
    const late = await call('comp-c', 'POST', `${roundId}/revival-offers/${offer.id}/answer`, {
      answer: 'accept',
    });
    expectProblem(late, 409, 'DEADLINE_PASSED');

    expect(await sweepRevivalWindows(t.db)).toBe(1);
    expect(await roundState(t, roundId)).toBe('evaluated');
    const [after] = (await call('comp-c', 'GET', `${roundId}/revival-offers/mine`)).body.items;
    expect(after.answer).toBe('decline');
    expect(await outcomes(roundId)).toEqual([
      ['winner', '0.2000', '2.80'],
      ['winner', '0.3200', '4.48'],
      ['price-condition-failed', null, null],
      ['not-shortlisted', null, null],
    ]);
    const meta = (await call(null, 'GET', `${roundId}/evaluation`)).body;
    expect(meta).toMatchObject({ seq: 2, reason: 'revival-closed' });
    expect(await sweepRevivalWindows(t.db)).toBe(0);
    await setPlatformClock(t.db, T0);
  });
});
