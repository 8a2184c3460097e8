import type { AppDeps } from '../app-env.js';
import { invalid, notFound } from '../http/app-error.js';
import type { ListPage, Page } from '../http/list.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import {
  listRoundReleases,
  pageCommittedReleases,
  releaseExists,
  type ReleaseRow,
} from './ocds.repository.js';
import { buildRelease, recordPackage, releasePackage } from './releases.js';
import type { Json } from './release-parts.js';
import { loadRoundFacts, type RoundFacts } from './round-facts.js';

/** The round's releases so far, in order; a draft does not exist (404). */
async function roundReleases(deps: AppDeps, roundId: string, origin: string) {
  await findVisibleRound(deps.db, roundId);
  const rows = await listRoundReleases(deps.db, roundId);
  const first = rows[0];
  if (!first) throw notFound('open data of this round', '本批次的开放数据');
  const facts = await loadRoundFacts(deps.db, roundId, rows, origin);
  const releases = rows.map((row) => buildRelease(facts, row)).filter((r): r is Json => r !== null);
  const base = `${origin}/api/rounds/${encodeURIComponent(first.round_row.code)}/ocds`;
  return { releases, base };
}

/**
 * The release package of one round: every release recorded so far, in order. A published round
 * has at least its tender release.
 */
export async function roundPackage(deps: AppDeps, roundId: string, origin: string): Promise<Json> {
  const { releases, base } = await roundReleases(deps, roundId, origin);
  return releasePackage(origin, base, releases);
}

/** The record package of one round: its releases and the compiled release (the current state). */
export async function roundRecordPackage(deps: AppDeps, roundId: string, origin: string): Promise<Json> {
  const { releases, base } = await roundReleases(deps, roundId, origin);
  return recordPackage(origin, `${base}/record`, base, releases);
}

/** The cursor names the last release given out, by its id (opaque to the reader). */
const encodeCursor = (row: { id: string }) =>
  Buffer.from(JSON.stringify([row.id]), 'utf8').toString('base64url');

const badCursor = () =>
  invalid(
    'query.cursor',
    'not a cursor this feed gave out: start without one',
    '不是本数据流给出的游标：请不带游标从头读取',
  );

async function decodeCursor(deps: AppDeps, cursor: string): Promise<string> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const id = Array.isArray(value) && value.length === 1 ? value[0] : undefined;
  if (typeof id !== 'string' || !/^[1-9]\d{0,17}$/.test(id) || !(await releaseExists(deps.db, id)))
    throw badCursor();
  return id;
}

/**
 * The change feed: every release of every round in commit order. `nextCursor` is where to resume,
 * also on the last page (a feed has no end: ask again with it later; an empty page means nothing new
 * has committed); it is null only when nothing at all has been published yet.
 */
export async function releaseFeed(deps: AppDeps, page: Page, origin: string): Promise<ListPage<Json>> {
  const after = page.cursor === undefined ? null : await decodeCursor(deps, page.cursor);
  const rows = await pageCommittedReleases(deps.db, after, page.limit);
  const byRound = new Map<string, ReleaseRow[]>();
  for (const row of rows) byRound.set(row.round_id, [...(byRound.get(row.round_id) ?? []), row]);
  const facts = new Map(
    await Promise.all(
      [...byRound].map(
        async ([roundId, own]) => [roundId, await loadRoundFacts(deps.db, roundId, own, origin)] as const,
      ),
    ),
  );
  const items = rows
    .map((row) => buildRelease(facts.get(row.round_id) as RoundFacts, row))
    .filter((r): r is Json => r !== null);
  const last = rows.at(-1);
  return { items, nextCursor: last ? encodeCursor(last) : (page.cursor ?? null) };
}
