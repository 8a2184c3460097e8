import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rememberActor, rememberedActor, type Credential } from '../auth/actor-cache.js';
import { secretHash } from '../auth/secrets.js';
import { roundSealing } from '../bids/bid-round-cache.js';
import {
  createBidWorld,
  createTokenUser,
  type BidWorld,
  type WorldUser,
} from '../test-support/bid-test-world.js';
import { NODE_BUS_APPLICATION_NAME } from './node-bus.js';
import { createTwoNodes, nextResync, type TestNode } from '../test-support/two-nodes.js';

let nodes: Awaited<ReturnType<typeof createTwoNodes>>;
let a: TestNode;
let b: TestNode;
let w: BidWorld;

beforeAll(async () => {
  nodes = await createTwoNodes();
  ({ a, b } = nodes);
  w = await createBidWorld(a.db, { companies: 4, products: ['P1'] });
});
afterAll(() => nodes.close());

const tokenOf = (user: WorldUser): Credential => ({ kind: 'api-token', hash: secretHash(user.token) });

const bid = (node: TestNode, user: WorldUser, packPrice = '3.20') =>
  node.request(`/api/rounds/${w.roundId}/bids/P1`, {
    method: 'PUT',
    token: user.token,
    json: { specCode: 'S1', packPrice },
    headers: { 'idempotency-key': randomUUID() },
  });

/** B's bid route remembers the company's actor: the warm cache the notification must empty. */
async function warmOnB(user: WorldUser) {
  expect((await bid(b, user)).status).toBe(200);
  expect(rememberedActor(b.db, tokenOf(user))).toMatchObject({ userId: user.userId });
}

/** PostgreSQL delivers on commit: B forgets within milliseconds, before anyone could ask it again. */
const forgottenOnB = (user: WorldUser) =>
  expect.poll(() => rememberedActor(b.db, tokenOf(user)), { timeout: 500, interval: 2 }).toBeUndefined();

describe('what nodes remember stays true across nodes (two apps, two pools, two buses, one database)', () => {
  it('refuses on node B a token revoked through node A at the very next request, the bid route included', async () => {
    const company = w.companies[0]!;
    await warmOnB(company);
    const tokens = (await (await a.request('/api/auth/tokens', { token: company.token })).json()) as {
      items: { id: string }[];
    };
    const revoked = await a.request(`/api/auth/tokens/${tokens.items[0]!.id}`, {
      method: 'DELETE',
      token: company.token,
    });
    expect(revoked.status).toBe(204);
    await forgottenOnB(company);
    const next = await bid(b, company, '3.10');
    expect(next.status).toBe(401);
    expect((await b.request('/api/auth/tokens', { token: company.token })).status).toBe(401);
  });

  it('refuses on node B a user disabled through node A at once', async () => {
    const company = w.companies[1]!;
    await warmOnB(company);
    const disabled = await a.request(`/api/users/${company.userId}`, {
      method: 'PATCH',
      token: w.admin.token,
      json: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    await forgottenOnB(company);
    expect((await bid(b, company, '3.10')).status).toBe(401);
    expect((await b.request('/api/auth/tokens', { token: company.token })).status).toBe(401);
  });

  it('keeps a user whose neighbour was disabled: only the changed user is forgotten', async () => {
    const [, , stays, goes] = w.companies as [WorldUser, WorldUser, WorldUser, WorldUser];
    await warmOnB(stays);
    await warmOnB(goes);
    const res = await a.request(`/api/users/${goes.userId}`, {
      method: 'PATCH',
      token: w.admin.token,
      json: { disabled: true },
    });
    expect(res.status).toBe(200);
    await forgottenOnB(goes);
    expect(rememberedActor(b.db, tokenOf(stays))).toBeDefined();
  });

  it("forgets a round's sealing context on node B when its catalogue changes by any writer", async () => {
    const before = await roundSealing(b.db, w.roundId);
    expect(before?.specs.get('P1')).toEqual(expect.arrayContaining(['S1', 'S2']));
    // a writer that is no route of ours (a script, another version's node): the trigger tells all the same
    await sql`delete from spec where code = 'S2' and product_id = ${w.products.get('P1')}::uuid`.execute(
      a.db,
    );
    await expect
      .poll(async () => (await roundSealing(b.db, w.roundId))?.specs.get('P1'), { timeout: 500, interval: 5 })
      .toEqual(['S1']);
  });
});

describe('the node bus after its connection is killed', () => {
  it('reconnects, forgets everything it remembered, and hears notifications again', async () => {
    const late = await createTokenUser(a.db, 'company', ['company-user'], `late-${randomUUID().slice(0, 8)}`);
    // remembered on B without a bid: the cache is what the route would fill
    rememberActor(b.db, tokenOf(late), {
      userId: late.userId,
      login: late.login,
      organisationId: late.organisationId,
      organisationKind: 'company',
      regionCode: null,
      roles: ['company-user'],
    });
    await roundSealing(b.db, w.roundId);
    const killed = b.bus.pid!;
    const resynced = nextResync(b.bus);
    await sql`select pg_terminate_backend(${killed})`.execute(a.db);
    await resynced;
    expect(b.bus.connected).toBe(true);
    // one listening session per node, named for what it is in pg_stat_activity
    const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
      where datname = current_database() and application_name like ${`${NODE_BUS_APPLICATION_NAME} %`}
      order by pid`.execute(a.db);
    expect(rows.map((r) => r.pid).sort()).toEqual([a.bus.pid, b.bus.pid].sort());
    expect(b.bus.pid).not.toBe(killed);
    expect(rememberedActor(b.db, tokenOf(late))).toBeUndefined();

    // and the new connection listens: a revocation through A reaches B again
    const company = w.companies[2]!;
    await warmOnB(company);
    await a.db
      .updateTable('api_token')
      .set({ revoked_at: sql`now()` })
      .where('user_id', '=', company.userId)
      .execute();
    await forgottenOnB(company);
  });
});
