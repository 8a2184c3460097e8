import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenUser } from '../test-support/bid-test-world.js';
import { key, keysetPage, type SortKey } from './list.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let admin: string;
let adminUserId: string;
type Json = Record<string, any>;

beforeAll(async () => {
  t = await createTestContext();
  const user = await createTokenUser(t.db, 'office', ['office-admin'], 'list-admin');
  admin = user.token;
  adminUserId = user.userId;
  // same names on purpose: the keyset must break ties by id
  await t.db
    .insertInto('organisation')
    .values(
      Array.from({ length: 23 }, (_, i) => ({
        kind: 'office' as const,
        name: `office ${i % 5}`,
        uscc: null,
        region_code: null,
      })),
    )
    .execute();
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await t.request(`/api${path}`, { token: admin });
  return { status: res.status, body: (await res.json()) as Json };
};

async function readAll(path: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    expect(Object.keys(page.body).sort()).toEqual(['items', 'nextCursor']);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.body.items.map((o: Json) => o.id as string));
    cursor = page.body.nextCursor;
    pages++;
  } while (cursor !== null);
  return { ids, pages };
}

describe('one list envelope, paged by keyset', () => {
  it('pages through a list with ties in its sort key: every row once, in the whole list’s order', async () => {
    const whole = await get('/organisations?limit=500');
    expect(whole.body.nextCursor).toBeNull();
    const all = whole.body.items.map((o: Json) => o.id);
    expect(all.length).toBe(24);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), async (limit) => {
        const { ids, pages } = await readAll('/organisations', limit);
        expect(ids).toEqual(all);
        expect(pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
      }),
      { numRuns: 8 },
    );
  });

  it('pages a list sorted newest first with ties (rounds created in one statement share their instant)', async () => {
    const round = (code: string) => ({
      code,
      name: code,
      ruleset: JSON.stringify('nvbp-7'),
      created_by: adminUserId,
    });
    await t.db.insertInto('round').values(['R-B', 'R-A', 'R-D', 'R-C'].map(round)).execute();
    await t.db.insertInto('round').values(['R-F', 'R-E', 'R-G'].map(round)).execute();
    const whole = (await get('/rounds?limit=500')).body.items.map((r: Json) => r.code);
    expect(whole).toEqual(['R-E', 'R-F', 'R-G', 'R-A', 'R-B', 'R-C', 'R-D']);
    for (const limit of [1, 2, 3, 7]) {
      const { ids } = await readAll('/rounds', limit);
      expect(ids.length).toBe(7);
      expect(new Set(ids).size).toBe(7);
    }
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Json } = await get(`/rounds?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      codes.push(...page.body.items.map((r: Json) => r.code as string));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(codes).toEqual(whole);
  });

  it('rows written between pages neither repeat nor shift what was already given', async () => {
    const first = await get('/organisations?limit=10');
    await t.db
      .insertInto('organisation')
      .values({ kind: 'office', name: 'office 0', uscc: null, region_code: null })
      .execute();
    const second = await get(`/organisations?limit=10&cursor=${first.body.nextCursor}`);
    const seen = new Set(first.body.items.map((o: Json) => o.id));
    expect(second.body.items.some((o: Json) => seen.has(o.id))).toBe(false);
  });

  it('refuses a cursor it did not give out and an out-of-range limit, as problems naming the field', async () => {
    const wrongTypes = Buffer.from('["office","x","not-a-uuid"]').toString('base64url');
    for (const bad of ['x', 'WyJhIl0', Buffer.from('{"a":1}').toString('base64url'), wrongTypes]) {
      const res = await get(`/organisations?cursor=${bad}`);
      expect(res).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
    }
    for (const limit of ['0', '501', 'ten']) {
      const res = await get(`/organisations?limit=${limit}`);
      expect(res).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('documents every list the same way: { items, nextCursor }', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as Json;
    const resolve = (s: Json): Json => (s.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s);
    const lists: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const [method, op] of Object.entries(item as Json)) {
        const schema = op.responses?.['200']?.content?.['application/json']?.schema;
        if (method !== 'get' || !schema) continue;
        const body = resolve(schema);
        const arrays = Object.entries((body.properties ?? {}) as Json).filter(
          ([, p]) => resolve(p as Json).type === 'array',
        );
        // a list answer is an object whose only array is its list; documents such as the signed
        // commitments or a round's region selection carry arrays among other fields
        if (arrays.length === 0 || Object.keys(body.properties).length > 2) continue;
        lists.push(`${method.toUpperCase()} ${path}`);
        expect(Object.keys(body.properties).sort(), `${method} ${path}`).toEqual(['items', 'nextCursor']);
      }
    }
    expect(lists.length).toBeGreaterThanOrEqual(18);
  });
});

describe('keysetPage', () => {
  interface Probe {
    id: number;
    a: string;
    b: string | null;
  }
  // mixed directions, a collation of its own and a nullable column made non-null for the key
  const keys: SortKey<Probe>[] = [
    { sql: sql`a collate "C"`, of: (r) => r.a },
    { sql: sql`coalesce(b, '')`, of: (r) => r.b ?? '' },
    key<Probe>('id', (r) => r.id, true),
  ];
  const text = fc.constantFrom('a', 'B', 'b', '医', 'a-1', 'a 1', '');

  it('gives every row once, in the order of the whole list, whatever the page size', async () => {
    const db = t.db as unknown as Kysely<any>;
    await sql`create table page_probe (id integer primary key, a text not null, b text)`.execute(db);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ a: text, b: fc.option(text, { nil: null }) }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 8 }),
        async (rows, limit) => {
          await sql`truncate page_probe`.execute(db);
          if (rows.length > 0)
            await db
              .insertInto('page_probe')
              .values(rows.map((r, id) => ({ id, ...r })))
              .execute();
          const query = () => db.selectFrom('page_probe').selectAll() as any;
          const whole = await keysetPage<any, any, Probe>(query(), keys, { limit: 500 });
          const paged: Probe[] = [];
          let cursor: string | undefined;
          do {
            const page: { items: Probe[]; nextCursor: string | null } = await keysetPage<any, any, Probe>(
              query(),
              keys,
              { limit, ...(cursor === undefined ? {} : { cursor }) },
            );
            expect(page.items.length).toBeLessThanOrEqual(limit);
            paged.push(...page.items);
            cursor = page.nextCursor ?? undefined;
          } while (cursor !== undefined);
          expect(paged.map((r) => r.id)).toEqual(whole.items.map((r) => r.id));
          expect(paged).toHaveLength(rows.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
