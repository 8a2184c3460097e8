import { z } from '@hono/zod-openapi';
import { sql, type Expression, type SelectQueryBuilder } from 'kysely';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';
import { invalid } from './app-error.js';

/**
 * Every list answers one envelope, `{ items, nextCursor }`. Lists that can be long take
 * `?limit=&cursor=` and page by keyset: the cursor names the last row given out (its sort key), so
 * rows written meanwhile never shift a page. `nextCursor` is null on the last page (and always on
 * short, complete lists).
 */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .describe('pass as ?cursor= for the next page; null: this was the last page'),
    })
    .openapi(name);
}

export interface ListPage<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export const PAGE_LIMIT_MAX = 500;

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(100)
    .openapi({ param: { name: 'limit', in: 'query' }, description: 'rows per page (1–500, default 100)' }),
  cursor: z
    .string()
    .min(1)
    .max(2048)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'the previous page’s nextCursor' }),
});
export type Page = z.infer<typeof PageQuery>;

/** A short list, complete in one answer. */
export const wholeList = <T>(items: T[]): ListPage<T> => ({ items, nextCursor: null });

/** A list's page mapped row by row (the cursor is the rows'). */
export const mapPage = <R, T>(page: ListPage<R>, map: (row: R) => T): ListPage<T> => ({
  items: page.items.map(map),
  nextCursor: page.nextCursor,
});

type KeyValue = string | number;

/**
 * One part of a list's sort key: the SQL it sorts on (non-null: NULL breaks a row comparison) and
 * how to read that value back from a row, exactly (timestamps as microsecond text, not a Date).
 */
export interface SortKey<R> {
  readonly sql: Expression<unknown>;
  readonly of: (row: R) => KeyValue;
  readonly desc?: boolean;
}

export const key = <R>(column: string, of: (row: R) => KeyValue, desc = false): SortKey<R> => ({
  sql: sql.ref(column),
  of,
  desc,
});

/** Rows after `values` in the keys' order: k1 beyond v1, or k1 = v1 and k2 beyond v2, and so on. */
function after<R>(keys: readonly SortKey<R>[], values: readonly KeyValue[]) {
  const beyond = (k: SortKey<R>, v: KeyValue) => sql`${k.sql} ${k.desc ? sql`<` : sql`>`} ${v}`;
  const branches = keys.map((k, i) =>
    sql.join(
      [...keys.slice(0, i).map((e, j) => sql`${e.sql} = ${values[j]}`), beyond(k, values[i] as KeyValue)],
      sql` and `,
    ),
  );
  return sql<boolean>`(${sql.join(
    branches.map((b) => sql`(${b})`),
    sql` or `,
  )})`;
}

/**
 * A timestamp column's sort key: the row must carry the instant as microsecond UTC text (select
 * `instantKey(column).as(name)`), since a JS Date drops the microseconds and would repeat or skip rows.
 */
export const instantKey = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`;

function encodeCursor(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, length: number): KeyValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    )
      return values as KeyValue[];
  } catch {
    // not JSON: answered below as any other foreign cursor
  }
  throw badCursor();
}

const badCursor = () =>
  invalid(
    'query.cursor',
    'not a cursor this list gave out: ask for the first page without one',
    '不是此列表给出的游标：请不带游标重新请求第一页',
  );

/** One page of `query`, ordered by `keys`, after the row `page.cursor` names. */
export async function keysetPage<DB, TB extends keyof DB, R>(
  query: SelectQueryBuilder<DB, TB, R>,
  keys: readonly SortKey<R>[],
  page: Page,
): Promise<ListPage<R>> {
  let q = query;
  if (page.cursor !== undefined) q = q.where(after(keys, decodeCursor(page.cursor, keys.length)));
  for (const k of keys) q = q.orderBy(k.sql, k.desc ? 'desc' : 'asc');
  const rows = await q
    .limit(page.limit + 1)
    .execute()
    .catch((error: unknown) => {
      // a cursor edited by hand can decode yet name no value of the key's type: class 22, data exception
      if (page.cursor !== undefined && /^22/.test(String((error as { code?: unknown }).code ?? '')))
        throw badCursor();
      throw error;
    });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor(keys.map((k) => k.of(last))) : null,
  };
}
