import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../test-support/event-stream.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { at, createWorld, type World } from '../test-support/award-fixtures.js';
import { client, createAwardedRound } from '../test-support/award-client.js';
import { sweepRegionTurns } from './region-selection.service.js';
import { countWatchers } from './region-selection-watch.js';

let t: TestContext;
let world: World;
let call: ReturnType<typeof client>;
let roundId: string;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  call = client(t, world);
  // nvbp-7, W = 2: comp-a and comp-b win; regions BJ, SH, TJ; turns of 30 minutes
  roundId = await createAwardedRound(t, world, 'nvbp-7', [
    { login: 'comp-a', packPrice: '2.80' },
    { login: 'comp-b', packPrice: '4.48' },
    { login: 'comp-c', packPrice: '16.80' },
  ]);
});
afterAll(() => t.close());

const events = (headers: Record<string, string> = {}) =>
  openEventStream(t, `/api/rounds/${roundId}/region-selection/events`, headers);
const parse = (data: string) => JSON.parse(data);

describe('the region-selection room’s live feed (server-sent events)', () => {
  it('answers 404 as problem+json before selection starts, like the log itself', async () => {
    const res = await t.request(`/api/rounds/${roundId}/region-selection/events`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sends the state at once, a pick and a default pick as they happen, and the state again on reconnect', async () => {
    expect((await call('office1', 'POST', `${roundId}/region-selection/start`)).status).toBe(200);
    const stream = await events();
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.res.headers.get('cache-control')).toBe('no-cache');
    const first = await stream.next();
    expect(first.event).toBe('selection');
    const opening = parse(first.data);
    expect(opening.selection).toEqual((await call(null, 'GET', `${roundId}/region-selection`)).body);
    expect(opening.selection.entries[0].currentTurn).toMatchObject({
      turn: 1,
      allowedRegions: ['BJ', 'SH', 'TJ'],
    });
    expect(opening.roundNow).toMatch(/\+08:00$/);

    const pick = { productCode: 'P1', regionId: 'SH' };
    expect((await call('comp-a', 'POST', `${roundId}/region-selection/picks`, pick)).status).toBe(200);
    const picked = await stream.next();
    expect(picked.id).not.toBe(first.id);
    const [p1] = parse(picked.data).selection.entries;
    expect(p1.picks).toEqual([expect.objectContaining({ turn: 1, regionId: 'SH', byDefault: false })]);
    expect(p1.currentTurn).toMatchObject({ turn: 2, allowedRegions: ['BJ', 'TJ'] });

    // the turn times out: the sweep (here the test, in the platform the scheduler) writes the default
    await setPlatformClock(t.db, at('2027-03-05', '09:45'));
    expect(await sweepRegionTurns(t.db)).toBe(1);
    const timedOut = await stream.next();
    const [after] = parse(timedOut.data).selection.entries;
    expect(after.picks[1]).toMatchObject({ turn: 2, regionId: 'BJ', byDefault: true });
    // and on: the next company's pick
    const third = { productCode: 'P1', regionId: 'TJ' };
    expect((await call('comp-b', 'POST', `${roundId}/region-selection/picks`, third)).status).toBe(200);
    const [later] = parse((await stream.next()).data).selection.entries;
    expect(later.picks[2]).toMatchObject({ turn: 3, regionId: 'TJ', byDefault: false });
    await stream.close();

    // a reconnecting EventSource sends the last id it saw: it gets the current state at once
    const again = await events({ 'last-event-id': picked.id! });
    const resumed = await again.next();
    const now = (await call(null, 'GET', `${roundId}/region-selection`)).body;
    expect(resumed.id).not.toBe(picked.id);
    expect(parse(resumed.data).selection).toEqual(now);
    await again.close();
  });

  it('is public like the log: no session needed, the same answer for a signed-in company', async () => {
    const stream = await events({ cookie: world['comp-b'].cookie });
    const { data } = await stream.next();
    expect(parse(data).selection).toEqual((await call(null, 'GET', `${roundId}/region-selection`)).body);
    expect(countWatchers(t.db, roundId)).toBe(1);
    await stream.close();
    // a browser that leaves stops its watch (and the last one the round's poll)
    await expect.poll(() => countWatchers(t.db, roundId)).toBe(0);
  });
});
