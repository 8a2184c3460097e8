import { expect } from 'vitest';
import { ocdsValidators } from './ocds-validators.js';
import type { TestContext } from './test-context.js';

type Json = Record<string, any>;

const validators = ocdsValidators();

/** The round's OCDS package as served: status, exact text and parsed body. */
export async function fetchRoundPackage(t: TestContext, roundId: string, cookie?: string) {
  const res = await t.request(`/api/rounds/${roundId}/ocds`, { cookie });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Json };
}

/**
 * The round's package, checked against both schemas: ours (what we publish, stage by stage) and
 * the official OCDS 1.1.5 release package merged with our extension. Returns the parsed package and its text.
 */
export async function validRoundPackage(t: TestContext, roundId: string) {
  const answer = await fetchRoundPackage(t, roundId);
  expect(answer.status, answer.text).toBe(200);
  expect(validators.ownPackage(answer.body)).toEqual([]);
  expect(validators.officialPackage(answer.body)).toEqual([]);
  return answer;
}

/** The round's OCDS record package, checked against the official record package schema (extended). */
export async function validRecordPackage(t: TestContext, roundId: string) {
  const res = await t.request(`/api/rounds/${roundId}/ocds/record`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  const body = JSON.parse(text) as Json;
  expect(validators.officialRecordPackage(body)).toEqual([]);
  for (const release of body.records[0].releases) expect(validators.ownRelease(release)).toEqual([]);
  return { body, text };
}

/** One page of the change feed. */
export async function feedPage(t: TestContext, cursor?: string | null, limit = 100) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  const res = await t.request(`/api/ocds/releases?${query}`);
  const body = (await res.json()) as { items: Json[]; nextCursor: string | null };
  expect(res.status, JSON.stringify(body)).toBe(200);
  for (const release of body.items) expect(validators.ownRelease(release)).toEqual([]);
  return body;
}

/** The feed read from `cursor` to its current end: every release given out, and where to resume. */
export async function readFeed(t: TestContext, cursor: string | null = null, limit = 100) {
  const releases: Json[] = [];
  for (;;) {
    const page = await feedPage(t, cursor, limit);
    releases.push(...page.items);
    if (page.items.length === 0) return { releases, cursor };
    cursor = page.nextCursor;
  }
}

/**
 * Reads the feed from `cursor` until `done` holds for everything read, polling: the feed holds
 * back while any transaction of the database server is in flight (other test files' included),
 * which delays a release but never drops it.
 */
export async function readFeedUntil(
  t: TestContext,
  cursor: string | null,
  done: (releases: readonly Json[]) => boolean,
  timeoutMs = 20_000,
) {
  const releases: Json[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const page = await readFeed(t, cursor);
    releases.push(...page.releases);
    cursor = page.cursor;
    if (done(releases)) return { releases, cursor };
    if (Date.now() > until) throw new Error(`the feed did not catch up in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
