import { expect } from 'vitest';
import type { ApiClient } from '../client/api-client.js';
import { ok, testApi } from './api-client.js';
import { setPlatformClock } from './platform-clock.js';
import type { TestContext } from './test-context.js';
import {
  at,
  createClosedRound,
  DEFAULT_DEMAND,
  openRound,
  type Login,
  type World,
} from './award-fixtures.js';

type Json = Record<string, any>;

/** The typed API client as one of the world's users, or anonymously for `null`. */
export function clientAs(t: TestContext, world: World) {
  return (login: Login | null): ApiClient => testApi(t, login ? { cookie: world[login].cookie } : {});
}

/** The path parameters of a round's operations (with any others beside roundId). */
export const roundPath = <P extends object>(roundId: string, more: P = {} as P) => ({
  params: { path: { roundId, ...more } },
});

/**
 * A round's published evaluation input or output, as JSON (their schema is the evaluation contract's,
 * not the API's): anonymous, as anyone may read them.
 */
export async function publishedDocument(t: TestContext, roundId: string, which: 'input' | 'output') {
  const params = { params: { path: { roundId }, query: {} } };
  const api = testApi(t);
  const answer =
    which === 'input'
      ? api.GET('/rounds/{roundId}/evaluation/input.json', params)
      : api.GET('/rounds/{roundId}/evaluation/output.json', params);
  return (await ok(answer)) as Json;
}

/** A round's published evaluation input or output as the exact bytes served, for hashing and re-running. */
export async function publishedText(
  t: TestContext,
  roundId: string,
  which: 'input' | 'output',
  seq?: number,
) {
  const options = { params: { path: { roundId }, query: seq ? { seq } : {} }, parseAs: 'text' } as const;
  const api = testApi(t);
  const { data, response } =
    which === 'input'
      ? await api.GET('/rounds/{roundId}/evaluation/input.json', options)
      : await api.GET('/rounds/{roundId}/evaluation/output.json', options);
  return { status: response.status, type: response.headers.get('content-type'), text: data ?? '' };
}

/** Calls the API as one of the world's users (or anonymously) and reads the JSON answer. */
export function client(t: TestContext, world: World) {
  return async (login: Login | null, method: string, path: string, json?: unknown) => {
    const res = await t.request(`/api/rounds/${path}`, {
      method,
      json,
      cookie: login ? world[login].cookie : undefined,
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      text,
      body: (text ? JSON.parse(text) : {}) as Json,
    };
  };
}

export async function roundState(t: TestContext, roundId: string): Promise<string> {
  const row = await t.db
    .selectFrom('round')
    .select('state')
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow();
  return row.state;
}

/** A refusal with the problem code. */
export function expectProblem(res: { status: number; body: Json }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.code).toBe(code);
}

/** A round opened, proposed and awarded (regions turn every 30 minutes): ready for region selection. */
export async function createAwardedRound(
  t: TestContext,
  world: World,
  ruleset: string,
  bids: { login: Login; packPrice: string }[],
  demand = DEFAULT_DEMAND,
) {
  const office = clientAs(t, world)('office1');
  await setPlatformClock(t.db, at('2027-03-01', '10:00'));
  const { roundId } = await createClosedRound(t, world, { ruleset, bids, demand });
  const settings = { revivalWindowHours: 24, regionTurnMinutes: 30 };
  await ok(office.PUT('/rounds/{roundId}/award-settings', { ...roundPath(roundId), body: settings }));
  await openRound(t, world, roundId);
  if ((await roundState(t, roundId)) === 'revival-window')
    await ok(office.POST('/rounds/{roundId}/revival/close', roundPath(roundId)));
  await ok(office.POST('/rounds/{roundId}/proposed/publish', roundPath(roundId)));
  await setPlatformClock(t.db, at('2027-03-05', '09:00'));
  await ok(office.POST('/rounds/{roundId}/award', roundPath(roundId)));
  return roundId;
}
