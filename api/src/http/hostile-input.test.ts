import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemandRound, problemOf } from '../test-support/demand-fixtures.js';
import { signIn } from '../test-support/sign-in.js';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { snapshotTables } from '../test-support/hostile-requests.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let admin: string;
let hospital: string;
let round: Awaited<ReturnType<typeof createDemandRound>>;

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'BJ', '北京市');
  const office = await createOrgUser(t.db, 'office', ['office-admin'], 'hi-admin');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hi-hosp', 'BJ');
  admin = await signIn(t, 'hi-admin');
  hospital = await signIn(t, 'hi-hosp');
  round = await createDemandRound(t.db, {
    createdBy: office.userId,
    regions: ['BJ'],
    products: [{ code: 'P01' }],
  });
});
afterAll(() => t.close());

const send = (
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  t.request(`/api${path}`, {
    method,
    cookie,
    headers,
    ...(body !== undefined && (typeof body === 'string' ? { body } : { json: body })),
  });

describe('text the database cannot store is refused at the edge, naming the field', () => {
  const cases = [
    ['a token name with NUL', () => send(admin, 'POST', '/auth/tokens', { name: 'ci\u0000bot' }), 'name'],
    [
      'an organisation name with a lone surrogate',
      () => send(admin, 'POST', '/organisations', { kind: 'office', name: '卫健委\ud800' }),
      'name',
    ],
    [
      'a cancellation reason with NUL',
      () => send(admin, 'POST', `/rounds/${round.roundId}/cancel`, { reason: '\u0000' }),
      'reason',
    ],
    [
      'a demand reason with a lone low surrogate',
      () =>
        send(hospital, 'PUT', `/rounds/${round.roundId}/demand/P01`, {
          quantity: 1,
          lastYearVolume: 100,
          reason: '院内需求调整\udc00',
        }),
      'reason',
    ],
    [
      'a key of the body with NUL',
      () => send(hospital, 'PUT', `/rounds/${round.roundId}/demand/P01`, { quantity: 1, 'x\u0000': 1 }),
      'x\u0000',
    ],
    [
      '%00 in a path parameter',
      () => send(hospital, 'PUT', `/rounds/${round.roundId}/demand/P01%00`, {}),
      'path',
    ],
    ['%00 in a uuid path parameter', () => send(admin, 'GET', `/rounds/${round.roundId}%00`), 'path'],
    [
      'NUL in a query parameter',
      () => send(admin, 'GET', `/rounds/${round.roundId}/demand?status=%00`),
      'query.status',
    ],
    [
      'a CSV sent as JSON with NUL in a cell',
      () =>
        send(hospital, 'POST', `/rounds/${round.roundId}/demand/import`, {
          csv: 'productCode,quantity\nP\u00001,1\n',
        }),
      'csv',
    ],
  ] as const;
  for (const [what, request, field] of cases) {
    it(`${what}: 400 naming ${JSON.stringify(field)}, nothing written`, async () => {
      const before = await snapshotTables(t.db);
      const res = await request();
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const p = await problemOf(res);
      expect(p.code).toBe('VALIDATION_FAILED');
      expect(p.errors[0]?.path).toBe(field);
      expect(p.errors[0]?.message).toMatch(/NUL|surrogate/);
      expect(p.errors[0]?.messageZh).toMatch(/无法保存/);
      expect(await snapshotTables(t.db)).toEqual(before);
    });
  }

  it('a CSV file with NUL in a cell is refused by row and column (422), nothing written', async () => {
    const before = await snapshotTables(t.db);
    const res = await send(
      hospital,
      'POST',
      `/rounds/${round.roundId}/demand/import`,
      'productCode,quantity,reason\nP01,1,a\u0000b\n',
      {
        'content-type': 'text/csv',
      },
    );
    // a NUL in a file means it is not text in an encoding we read: the whole file is refused
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors[0]?.path).toBe('file');
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('bodies the route does not take', () => {
  it('a non-JSON Content-Type on a JSON route is 415 problem+json naming the header', async () => {
    const res = await send(admin, 'POST', '/organisations', 'kind=office&name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const p = await problemOf(res);
    expect(p.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(p.errors[0]?.path).toBe('header.Content-Type');
  });

  it('a 20 MB bid is 413 before it is read; every other route stops at 64 KiB', async () => {
    const bid = await send(
      admin,
      'PUT',
      `/rounds/${round.roundId}/bids/P01`,
      JSON.stringify({ specCode: 'S1', packPrice: '1.00', technical: 'x'.repeat(20 * 1024 * 1024) }),
      { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    );
    expect(bid.status).toBe(413);
    expect((await problemOf(bid)).code).toBe('PAYLOAD_TOO_LARGE');
    const org = await send(admin, 'POST', '/organisations', { kind: 'office', name: 'x'.repeat(65 * 1024) });
    expect(org.status).toBe(413);
    // a streamed body without Content-Length is counted as it arrives
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await t.app.request('/api/organisations', {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

describe('problems a person understands, in Chinese and English', () => {
  it('names a missing Idempotency-Key, in zh-CN by default and in English when preferred', async () => {
    const path = `/rounds/${round.roundId}/bids/P01`;
    const zh = await problemOf(await send(admin, 'PUT', path, { specCode: 'S1', packPrice: '1.00' }));
    expect(zh.errors).toEqual([
      {
        path: 'header.Idempotency-Key',
        message: 'Idempotency-Key is missing',
        messageZh: '缺少 Idempotency-Key',
      },
    ]);
    expect(zh.detail).toBe('缺少 Idempotency-Key');
    expect(zh.detailEn).toBe('Idempotency-Key is missing');
    expect(zh.title).toBe('请求中有字段不符合要求');
    const en = await send(
      admin,
      'PUT',
      path,
      { specCode: 'S1', packPrice: '1.00' },
      { 'accept-language': 'en-US,zh;q=0.5' },
    );
    expect(en.headers.get('content-language')).toBe('en');
    const p = await problemOf(en);
    expect(p.detail).toBe('Idempotency-Key is missing');
    expect(p.detailZh).toBe('缺少 Idempotency-Key');
    expect(p.title).toBe('The request has invalid fields');
  });

  it('words zod issues in both languages, with the field', async () => {
    const res = await send(admin, 'POST', '/organisations', { kind: 'office', name: '' });
    const p = await problemOf(res);
    expect(p.errors).toEqual([{ path: 'name', message: expect.any(String), messageZh: '不能为空' }]);
    const missing = await problemOf(await send(admin, 'POST', '/organisations', { name: 'x' }));
    expect(missing.errors).toMatchObject([
      { path: 'kind', message: 'kind is missing', messageZh: '缺少 kind' },
    ]);
  });
});
