import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  createClosedRound,
  createWorld,
  DEFAULT_DEMAND,
  openRound,
  type World,
} from '../test-support/award-fixtures.js';
import { client, expectProblem, roundState } from '../test-support/award-client.js';

let t: TestContext;
let world: World;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  call = client(t, world);
});
afterAll(() => t.close());

// nvbp-10: C is shortlisted, fails rule 1 and is offered revival, so the opening opens a window
const BIDS = [
  { login: 'comp-a', packPrice: '2.80' },
  { login: 'comp-b', packPrice: '4.48' },
  { login: 'comp-c', packPrice: '7.00' },
  { login: 'comp-d', packPrice: '8.40' },
] as const;

describe('the award timeline (GET /rounds/{roundId}/award-timeline)', () => {
  it('does not exist before the opening, then gives the dates as they are set, to anyone', async () => {
    const { roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-10',
      bids: BIDS,
      demand: DEFAULT_DEMAND,
    });
    expectProblem(await call(null, 'GET', `${roundId}/award-timeline`), 404, 'NOT_FOUND');

    await openRound(t, world, roundId);
    expect(await roundState(t, roundId)).toBe('revival-window');
    const opened = await call(null, 'GET', `${roundId}/award-timeline`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ roundId, proposedAt: null, objectionEndsAt: null, awardedAt: null });
    expect(opened.body.openedAt).toMatch(/\+08:00$/);
    // the window runs the round's revival hours from the opening
    const window = Date.parse(opened.body.revivalClosesAt) - Date.parse(opened.body.openedAt);
    expect(window).toBeGreaterThan(0);

    const [offer] = (await call('comp-c', 'GET', `${roundId}/revival-offers/mine`)).body.items;
    const answer = { answer: 'decline' };
    expect(
      (await call('comp-c', 'POST', `${roundId}/revival-offers/${offer.id}/answer`, answer)).status,
    ).toBe(200);
    expect((await call('office1', 'POST', `${roundId}/revival/close`)).status).toBe(200);
    const proposed = await call('office1', 'POST', `${roundId}/proposed/publish`);
    expect(proposed.status).toBe(200);
    const timeline = await call('comp-a', 'GET', `${roundId}/award-timeline`);
    expect(timeline.body).toMatchObject({
      proposedAt: proposed.body.proposedAt,
      objectionEndsAt: proposed.body.objectionEndsAt,
    });
    expect(timeline.body.revivalClosedAt).not.toBeNull();
  });
});
