import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { attachFile, bidDual, pdfBytes } from '../test-support/technical-file-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { responseText } from '../test-support/response-text.js';

let t: TestContext;
let w: BidWorld;
type User = BidWorld['companies'][number];

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, {
    companies: 2,
    products: ['P1'],
    officials: 2,
    k: 2,
    dualEnvelope: true,
    signer: t.deps.signer,
  });
});
afterAll(() => t.close());

const TIMESTAMP = /\d{4}-\d\d-\d\d[T ][\d:.]+(Z|[+-]\d\d:?\d\d)?/g;
const OTHER_ID = '00000000-0000-4000-8000-000000000000';

function concrete(template: string, companyId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'roundId') return w.roundId;
    if (name === 'productCode') return 'P1';
    if (name === 'companyId') return companyId;
    if (name === 'day') return '2026-11-23';
    return OTHER_ID;
  });
}

/** Every GET route of the API as each observer sees it (status, caching headers, body). */
async function snapshot(observers: Record<string, string | undefined>, companyId: string) {
  const doc = (await (await t.request('/api/openapi.json')).json()) as { paths: Record<string, object> };
  const seen = new Map<string, string>();
  for (const [template, operations] of Object.entries(doc.paths)) {
    if (!('get' in operations)) continue;
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

describe('before the technical opening, nobody but its company learns that a technical file exists', () => {
  it('leaves every GET route unchanged for the other company, the office, officials, auditors and the public', async () => {
    const [bidder, other] = w.companies as [User, User];
    await bidDual(t, w, bidder);
    await bidDual(t, w, other);
    const observers = {
      anonymous: undefined,
      'other company': other.token,
      'office admin': w.admin.token,
      auditor: w.auditor.token,
      official: w.officials[0]?.token,
    };
    const before = await snapshot(observers, bidder.organisationId);
    const again = await snapshot(observers, bidder.organisationId);
    const first = await attachFile(t, w, bidder, pdfBytes('one'), '一.pdf');
    await attachFile(t, w, bidder, pdfBytes('two'), 'two.pdf');
    const removal = await t.request(`/api/rounds/${w.roundId}/bids/P1/technical-files/removal`, {
      method: 'POST',
      token: bidder.token,
      json: { fileId: first.fileId },
    });
    expect(removal.status).toBe(200);
    const after = await snapshot(observers, bidder.organisationId);
    expect(before.size).toBeGreaterThan(50);
    // times are masked only where they move by themselves (a clock), as in bids-secrecy.test.ts
    const changed = [...before].filter(([route, view]) => {
      const stable = again.get(route) === view;
      const normalize = (v: string | undefined) => (stable ? v : v?.replace(TIMESTAMP, '<time>'));
      return normalize(after.get(route)) !== normalize(view);
    });
    expect(changed.map(([route]) => route)).toEqual([]);
    // the bidder itself sees its receipt
    const mine = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: bidder.token });
    expect(((await mine.json()) as { items: unknown[] }).items).toHaveLength(1);
  });
});
