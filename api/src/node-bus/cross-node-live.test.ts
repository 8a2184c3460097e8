import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createAwardedRound } from '../test-support/award-client.js';
import { createWorld, type World } from '../test-support/award-fixtures.js';
import { openEventStream } from '../test-support/event-stream.js';
import { createTestContext } from '../test-support/test-context.js';
import { createTwoNodes, type TestNode } from '../test-support/two-nodes.js';

let nodes: Awaited<ReturnType<typeof createTwoNodes>>;
let a: TestNode;
let b: TestNode;
let world: World;

beforeAll(async () => {
  nodes = await createTwoNodes({ SESSION_HOURS: '720' });
  ({ a, b } = nodes);
  world = await createWorld(a);
});
afterAll(() => nodes.close());

const parse = (data: string) => JSON.parse(data);

describe('live pages fed from PostgreSQL notifications (two nodes, one database)', () => {
  it('brings a pick made through node A to an event stream of node B within a second', async () => {
    const roundId = await createAwardedRound(a, world, 'nvbp-7', [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
      { login: 'comp-c', packPrice: '16.80' },
    ]);
    const onA = client(a, world);
    expect((await onA('office1', 'POST', `${roundId}/region-selection/start`)).status).toBe(200);
    const stream = await openEventStream(b, `/api/rounds/${roundId}/region-selection/events`);
    const first = await stream.next();
    expect(parse(first.data).selection.entries[0].picks).toEqual([]);

    const started = performance.now();
    const pick = { productCode: 'P1', regionId: 'SH' };
    expect((await onA('comp-a', 'POST', `${roundId}/region-selection/picks`, pick)).status).toBe(200);
    const picked = await stream.next(1_000);
    const elapsed = performance.now() - started;
    const [p1] = parse(picked.data).selection.entries;
    expect(p1.picks).toEqual([expect.objectContaining({ turn: 1, regionId: 'SH', byDefault: false })]);
    // without a bus the watch reads every second; with one, the notification comes on commit
    expect(elapsed).toBeLessThan(1_000);

    // B's listening connection is killed and the next pick is made while it reconnects: the
    // notification may be lost, the resync after reconnecting reads the round again
    const killed = b.bus.pid!;
    await sql`select pg_terminate_backend(${killed})`.execute(a.db);
    const next = { productCode: 'P1', regionId: 'BJ' };
    expect((await onA('comp-a', 'POST', `${roundId}/region-selection/picks`, next)).status).toBe(200);
    const [again] = parse((await stream.next(1_000)).data).selection.entries;
    expect(again.picks).toHaveLength(2);
    await expect.poll(() => b.bus.pid).not.toBeNull();
    expect(b.bus.pid).not.toBe(killed);
    await stream.close();
  });

  it('brings a notice published through node A to the public notices stream of node B', async () => {
    const stream = await openEventStream(b, '/api/notices/events');
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream');
    const first = await stream.next();
    expect(first.event).toBe('notices');
    const before = parse(first.data).items.length;

    const recorded = await a.request('/api/outages', {
      method: 'POST',
      cookie: world.office1.cookie,
      json: { startsAt: '2027-03-01T08:00', endsAt: '2027-03-01T08:30', cause: '机房断电 / power cut' },
    });
    expect(recorded.status).toBe(201);
    const next = await stream.next(1_000);
    expect(next.event).toBe('notices');
    expect(next.id).not.toBe(first.id);
    const { items } = parse(next.data);
    expect(items).toHaveLength(before + 1);
    expect(items[0]).toMatchObject({ kind: 'outage', roundId: null });
    // the same list as GET /notices
    const listed = (await (await b.request('/api/notices')).json()) as { items: unknown[] };
    expect(items).toEqual(listed.items);
    await stream.close();
  });

  it('answers the notices stream without a bus too (an app of a test polls)', async () => {
    const t = await createTestContext();
    try {
      const stream = await openEventStream(t, '/api/notices/events');
      expect(parse((await stream.next()).data)).toEqual({ items: [], nextCursor: null });
      const admin = await createWorld(t);
      const recorded = await t.request('/api/outages', {
        method: 'POST',
        cookie: admin.office1.cookie,
        json: { startsAt: '2027-03-01T08:00', cause: 'power cut' },
      });
      expect(recorded.status).toBe(201);
      expect(parse((await stream.next(5_000)).data).items).toHaveLength(1);
      await stream.close();
    } finally {
      await t.close();
    }
  });
});
