import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { responseText } from '../test-support/response-text.js';

let t: TestContext;
let w: BidWorld;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 2, products: ['AMLO', 'ATOR'], signer: t.deps.signer });
});
afterAll(() => t.close());

/** GET routes that change state when read: none (taking a key share is a POST). */
const MUTATING = new Set<string>();
const OTHER_ID = randomUUID();
const TIMESTAMP = /\d{4}-\d\d-\d\d[T ][\d:.]+(Z|[+-]\d\d:?\d\d)?/g;

function concrete(template: string, companyId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'roundId') return w.roundId;
    if (name === 'productCode') return 'AMLO';
    if (name === 'companyId') return companyId;
    if (name === 'day') return '2026-11-23';
    return OTHER_ID;
  });
}

/** Everything an observer can see through every GET route of the API (from its own OpenAPI document). */
async function snapshot(observers: Record<string, string | undefined>, companyId: string) {
  const doc = (await (await t.request('/api/openapi.json')).json()) as { paths: Record<string, object> };
  const seen = new Map<string, string>();
  for (const [template, operations] of Object.entries(doc.paths)) {
    if (!('get' in operations) || MUTATING.has(template)) continue;
    for (const [who, token] of Object.entries(observers)) {
      const res = await t.request(`/api${concrete(template, companyId)}`, { token });
      // a live stream (GET /notices/events) never ends: its first event is what it answers
      const body = (await responseText(res)).replace(/"requestId":"[^"]*"/, '');
      const headers = ['etag', 'content-length', 'last-modified'].map((h) => res.headers.get(h));
      seen.set(`${who} GET ${template}`, JSON.stringify([res.status, headers, body]));
    }
  }
  return seen;
}

describe('before opening, nobody but the bidder learns that a bid exists', () => {
  const observers = () => ({
    anonymous: undefined,
    'other company': w.companies[1]?.token,
    'office admin': w.admin.token,
    auditor: w.auditor.token,
    official: w.officials[0]?.token,
  });
  /** observer-and-route keys whose view changed when the bidder bid, replaced and withdrew */
  const changed: string[] = [];

  beforeAll(async () => {
    const bidder = w.companies[0] as BidWorld['companies'][number];
    const before = await snapshot(observers(), bidder.organisationId);
    const again = await snapshot(observers(), bidder.organisationId);
    const send = (method: string, product: string, json?: unknown) =>
      t.request(`/api/rounds/${w.roundId}/bids/${product}`, {
        method,
        token: bidder.token,
        json,
        headers: { 'idempotency-key': randomUUID() },
      });
    for (const res of [
      await send('PUT', 'AMLO', { specCode: 'S1', packPrice: '4.20' }),
      await send('PUT', 'AMLO', { specCode: 'S1', packPrice: '4.10' }),
      await send('PUT', 'ATOR', { specCode: 'S1', packPrice: '9.90' }),
      await send('DELETE', 'ATOR'),
    ])
      expect(res.status).toBe(200);
    const after = await snapshot(observers(), bidder.organisationId);
    expect(before.size).toBeGreaterThan(50);
    for (const [route, view] of before) {
      const stable = again.get(route) === view;
      const normalize = (v: string | undefined) => (stable ? v : v?.replace(TIMESTAMP, '<time>'));
      if (normalize(after.get(route)) !== normalize(view)) changed.push(route);
    }
  });

  it('leaves every GET route unchanged for other companies and the public', () => {
    expect(changed.filter((r) => r.startsWith('anonymous ') || r.startsWith('other company '))).toEqual([]);
  });

  it('leaves every GET route unchanged for the office, its officials and auditors (no counts either)', () => {
    expect(changed.filter((r) => !r.startsWith('anonymous ') && !r.startsWith('other company '))).toEqual([]);
  });

  it('has no other bid route for anyone, and the other company’s own view holds nothing of the bidder’s', async () => {
    for (const path of ['bids', 'bids/AMLO', 'bids/count', 'bids/ATOR/receipt']) {
      for (const token of [w.admin.token, w.auditor.token, w.companies[1]?.token, undefined]) {
        const res = await t.request(`/api/rounds/${w.roundId}/${path}`, { token });
        expect(res.status, path).toBe(404);
      }
    }
    const mine = await t.request(`/api/rounds/${w.roundId}/bids/mine`, { token: w.companies[1]?.token });
    expect(await mine.json()).toEqual({ items: [], nextCursor: null });
  });
});
