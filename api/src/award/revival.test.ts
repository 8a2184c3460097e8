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
import { ok, refused } from '../test-support/api-client.js';
import { clientAs, publishedDocument, roundPath, roundState } from '../test-support/award-client.js';
import { sweepRevivalWindows } from './revival.service.js';

let t: TestContext;
let world: World;
let as: ReturnType<typeof clientAs>;

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
  as = clientAs(t, world);
});
afterAll(() => t.close());

const outcomes = async (roundId: string) => {
  const output = await publishedDocument(t, roundId, 'output');
  return output.products[0].bids.map((b: any) => [b.outcome, b.winningUcp, b.winningPackPrice]);
};
const myOffers = (login: 'comp-a' | 'comp-c' | 'hosp-bj', roundId: string) =>
  as(login).GET('/rounds/{roundId}/revival-offers/mine', roundPath(roundId));
const answerOffer = (
  login: 'comp-a' | 'comp-c',
  roundId: string,
  offerId: string,
  answer: 'accept' | 'decline',
) =>
  as(login).POST('/rounds/{roundId}/revival-offers/{offerId}/answer', {
    ...roundPath(roundId, { offerId }),
    body: { answer },
  });
const closeWindow = (login: 'comp-c' | 'office1', roundId: string) =>
  as(login).POST('/rounds/{roundId}/revival/close', roundPath(roundId));
const latestRecord = (roundId: string) =>
  ok(as(null).GET('/rounds/{roundId}/evaluation', roundPath(roundId)));

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
    const output = await publishedDocument(t, roundId, 'output');
    expect(output.products[0].status).toBe('awaiting-revival');

    const mine = await ok(myOffers('comp-c', roundId));
    expect(mine.items).toEqual([
      expect.objectContaining({
        productCode: 'P1',
        offerUcp: '0.3200',
        answer: null,
        closesAt: expect.stringMatching(/^2027-03-02T10:0\d:\d\d\+08:00$/),
      }),
    ]);
    offerId = mine.items[0]?.id as string;
    expect((await ok(myOffers('comp-a', roundId))).items).toEqual([]);
    expect((await myOffers('hosp-bj', roundId)).response.status).toBe(403);
  });

  it('another company cannot answer it: it does not exist for them', async () => {
    await refused(answerOffer('comp-a', roundId, offerId, 'accept'), 404, 'NOT_FOUND');
  });

  it('an accepted offer re-runs the evaluation: a new record with a revival winner', async () => {
    const accepted = await ok(answerOffer('comp-c', roundId, offerId, 'accept'));
    expect(accepted.answer).toBe('accept');
    expect(await latestRecord(roundId)).toMatchObject({ seq: 2, reason: 'revival' });
    expect(await outcomes(roundId)).toEqual([
      ['winner', '0.2000', '2.80'],
      ['winner', '0.3200', '4.48'],
      ['revival-winner', '0.3200', '4.48'],
      ['not-shortlisted', null, null],
    ]);
    const input = await publishedDocument(t, roundId, 'input');
    expect(input.bids.map((b: any) => b.revival).filter(Boolean)).toEqual(['accept']);
    // the answer is final
    await refused(answerOffer('comp-c', roundId, offerId, 'decline'), 409, 'CONFLICT');
  });

  it('the office closes the window once every offer is answered; the result is ready', async () => {
    await refused(closeWindow('comp-c', roundId), 403, 'FORBIDDEN');
    expect((await ok(closeWindow('office1', roundId))).state).toBe('evaluated');
    const records = (await ok(as(null).GET('/rounds/{roundId}/evaluation/records', roundPath(roundId))))
      .items;
    expect(records.map((r) => r.reason)).toEqual(['opening', 'revival', 'revival-closed']);
    expect((await publishedDocument(t, roundId, 'output')).products[0].status).toBe('awarded');
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
    const problem = await refused(closeWindow('office1', roundId), 409, 'INVALID_STATE');
    expect(problem.refusal).toBe('REVIVAL_PENDING');
    expect(await sweepRevivalWindows(t.db)).toBe(0);
  });

  it('closes by itself on the database clock: unanswered offers count as declined', async () => {
    await setPlatformClock(t.db, at('2027-03-02', '10:10'));
    const [offer] = (await ok(myOffers('comp-c', roundId))).items;
    await refused(answerOffer('comp-c', roundId, offer?.id as string, 'accept'), 409, 'DEADLINE_PASSED');

    expect(await sweepRevivalWindows(t.db)).toBe(1);
    expect(await roundState(t, roundId)).toBe('evaluated');
    const [after] = (await ok(myOffers('comp-c', roundId))).items;
    expect(after?.answer).toBe('decline');
    expect(await outcomes(roundId)).toEqual([
      ['winner', '0.2000', '2.80'],
      ['winner', '0.3200', '4.48'],
      ['price-condition-failed', null, null],
      ['not-shortlisted', null, null],
    ]);
    expect(await latestRecord(roundId)).toMatchObject({ seq: 2, reason: 'revival-closed' });
    expect(await sweepRevivalWindows(t.db)).toBe(0);
    await setPlatformClock(t.db, T0);
  });
});
