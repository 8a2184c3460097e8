import fc from 'fast-check';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Text a hostile or careless client sends: NUL, lone surrogates, injection, huge, numeric edge cases. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00y',
    '\udbff\udfff',
    '',
    ' ',
    '😀',
    '院内需求调整',
    "' or 1=1 --",
    'A'.repeat(3000),
    '-1',
    '0',
    '1e400',
    '0.001',
    '99999999999999999999',
    '2099-13-45T25:61',
    'null',
    '__proto__',
  ),
  fc.string({ maxLength: 12, unit: 'binary' }),
);

const jsonLeaf = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
);
const jsonish = fc.oneof(
  jsonLeaf,
  fc.array(jsonLeaf, { maxLength: 3 }),
  fc.dictionary(hostileText, jsonLeaf, { maxKeys: 3 }),
);

/** Bodies that are not JSON, not an object, too deep or too large for any route. */
const rawBodies = fc.constantFrom(
  '{"a":',
  '\u0000',
  'not json',
  '[]',
  '"text"',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  JSON.stringify({ filler: 'x'.repeat(70 * 1024) }),
);

const mapStrings = (value: unknown, to: string): unknown => {
  if (typeof value === 'string') return to;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, to));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, to)]));
  return value;
};

/** A body: the operation's valid one, mutated one field at a time, replaced, or not JSON at all. */
export function hostileBody(valid: unknown): fc.Arbitrary<string | undefined> {
  const fields = valid && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid) : [];
  const asObject = valid as Record<string, unknown>;
  const mutations: fc.Arbitrary<unknown>[] = [
    fc.constant(valid),
    fc.constant(undefined),
    hostileText.map((s) => mapStrings(valid, s)),
    fc.jsonValue({ maxDepth: 3 }),
    jsonish,
  ];
  if (fields.length) {
    // one field hostile, the others valid: the likeliest to reach the service and the database
    const oneField = fc.tuple(fc.constantFrom(...fields), jsonish).map(([k, v]) => ({ ...asObject, [k]: v }));
    mutations.push(
      oneField,
      oneField,
      oneField,
      fc
        .constantFrom(...fields)
        .map((k) => Object.fromEntries(fields.filter((f) => f !== k).map((f) => [f, asObject[f]]))),
      fc.tuple(hostileText, jsonish).map(([k, v]) => ({ ...asObject, [k]: v })),
    );
  }
  return fc.oneof(
    {
      arbitrary: fc.oneof(...mutations).map((b) => (b === undefined ? undefined : JSON.stringify(b))),
      weight: 4,
    },
    { arbitrary: rawBodies, weight: 1 },
  );
}

/** A path parameter: the valid one, another id, hostile text, or raw escapes (%00, an encoded surrogate, a lone %). */
export function hostilePathParam(valid: string): fc.Arbitrary<string> {
  const encoded = (s: string) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return '%ED%A0%80'; // a lone surrogate has no UTF-8: what a client sends is its CESU-8 bytes
    }
  };
  // mostly the valid value, so that the body's hostile text reaches the route
  return fc.oneof(
    { arbitrary: fc.constant(encodeURIComponent(valid)), weight: 6 },
    fc.uuid().map(encodeURIComponent),
    hostileText.map(encoded),
    fc.constantFrom('%00', `${encodeURIComponent(valid)}%00`, '%ED%A0%80', '%FF', '%', '..', '%2E%2E', '-1'),
  );
}

/** Header values a client can put on the wire (Latin-1, no controls), or none. */
export const hostileHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  fc.constantFrom('ï»¿', 'x'.repeat(500), '00000000-0000-0000-0000-000000000000'),
);

export const contentTypes = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json',
  'application/problem+json',
  'application/json; charset=gbk',
  'text/plain',
  'text/csv',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  undefined,
);

export const acceptLanguages = fc.constantFrom(
  undefined,
  'en',
  'zh-CN',
  'en-US,en;q=0.9',
  'fr',
  '*',
  ';;;q=x',
);

/**
 * A fingerprint of every table (row count and a hash of the rows), login throttling's failures
 * aside: a refused login is recorded on purpose, and is the only write a refusal makes.
 */
export async function snapshotTables(db: Db): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('login_attempt', 'kysely_migration', 'kysely_migration_lock')
    order by table_name`.execute(db);
  const parts = tables.map(
    ({ name }) =>
      sql`select ${name}::text as name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as print from ${sql.table(name)} x`,
  );
  const { rows } = await sql<{ name: string; print: string }>`${sql.join(parts, sql` union all `)}`.execute(
    db,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}
