import { randomUUID } from 'node:crypto';
import { apiAs, ok, type ApiClient } from './api';
import type { RoundState } from '@jicai/domain';
import { reached } from '../../src/lib/public/round-phase';

/**
 * Takes a published round (the demo bidding round NVBP7-DEMO by default) through its life, one
 * exported step per stage, through the typed API client as the demo users. Each step checks the
 * round's state first and does nothing when the round is already past it, so a test may call the
 * steps it needs in order (or call a later one after another test file's world has moved on).
 * Each waits until the scheduler (every 0.2 s in web tests) has moved the round where it expects.
 */

export const DEMO_BIDDING_ROUND = 'NVBP7-DEMO';
export const DEMO_BIDDERS = ['company.c01', 'company.c02', 'company.c03', 'company.c04', 'company.c05'];
export const DEMO_OFFICIALS = ['office.official1', 'office.official2', 'office.official3'];

type State = RoundState;

const clients = new Map<string, Promise<ApiClient>>();

/** One signed-in client per (platform, login), reused by every step. */
export function client(baseUrl: string, login: string): Promise<ApiClient> {
  const key = `${baseUrl}|${login}`;
  let c = clients.get(key);
  if (!c) {
    c = apiAs(baseUrl, login);
    c.catch(() => clients.delete(key));
    clients.set(key, c);
  }
  return c;
}

/**
 * A body-less POST signed in by the session cookie names its origin, as the portal's own pages do
 * (the API refuses cookie writes without a JSON body from anywhere else: api/src/http/same-origin.ts).
 */
const sameOrigin = (baseUrl: string) => ({ origin: baseUrl });

const admin = (baseUrl: string) => client(baseUrl, 'office.admin');

/** The round's id by its code (the office sees every round). */
export async function roundIdOf(baseUrl: string, code = DEMO_BIDDING_ROUND): Promise<string> {
  const api = await admin(baseUrl);
  const list = ok(await api.GET('/rounds', { params: { query: { limit: 100 } } }), 'list rounds');
  const round = list.items.find((r) => r.code === code);
  if (!round) throw new Error(`no round ${code}`);
  return round.id;
}

export async function roundState(baseUrl: string, roundId: string): Promise<State> {
  const api = await admin(baseUrl);
  return ok(await api.GET('/rounds/{roundId}', { params: { path: { roundId } } }), 'read round').state;
}

/** Polls the round until it has reached `target` (or a later state); fails after `timeoutMs`. */
export async function waitForState(baseUrl: string, roundId: string, target: State, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  let state = await roundState(baseUrl, roundId);
  while (!reached(state, target)) {
    if (Date.now() > until) throw new Error(`round ${roundId} is ${state}, waited for ${target}`);
    await new Promise((r) => setTimeout(r, 150));
    state = await roundState(baseUrl, roundId);
  }
  return state;
}

/** Moves the round's rehearsal clock (speed 1) to `at`, when that is later than the round's time. */
export async function moveClockTo(baseUrl: string, roundId: string, at: Date) {
  const api = await admin(baseUrl);
  const now = ok(await api.GET('/rounds/{roundId}/clock', { params: { path: { roundId } } }), 'read clock');
  if (new Date(now.now).getTime() >= at.getTime()) return;
  ok(
    await api.PUT('/rounds/{roundId}/clock', {
      params: { path: { roundId } },
      body: { now: at.toISOString(), speed: 1 },
    }),
    'move the round clock',
  );
}

/** Pack price at `percent` % of the pack ceiling (unit ceiling × units per pack), cut to the fen. */
export function packPriceAt(unitCeiling: string, unitsPerPack: number, percent: number): string {
  const [whole = '0', frac = ''] = unitCeiling.split('.');
  const tenThousandths = BigInt(whole + frac.padEnd(4, '0').slice(0, 4)) * BigInt(unitsPerPack);
  const fen = (tenThousandths * BigInt(percent)) / 10_000n;
  const safe = fen < 1n ? 1n : fen;
  return `${safe / 100n}.${String(safe % 100n).padStart(2, '0')}`;
}

/** How far below the ceiling each demo bidder goes: wide apart, so some win and some do not. */
const PERCENT_OF_CEILING = [38, 45, 52, 70, 95];

/**
 * The demo bidders (company.c01–c05) bid on every spec they registered, under the ceiling. Prices
 * are fixed per company and product, so the results are the same on every run.
 */
export async function companiesBid(baseUrl: string, roundId: string, bidders = DEMO_BIDDERS) {
  if ((await roundState(baseUrl, roundId)) !== 'bidding-open') return;
  const products = ok(
    await (await admin(baseUrl)).GET('/rounds/{roundId}/products', { params: { path: { roundId } } }),
    'read products',
  ).items;
  for (const [i, login] of bidders.entries()) {
    const api = await client(baseUrl, login);
    const registered = ok(
      await api.GET('/rounds/{roundId}/registrations', { params: { path: { roundId } } }),
      `${login}'s registrations`,
    ).items;
    const productCodes = [...new Set(registered.map((r) => r.productCode))];
    for (const [p, productCode] of productCodes.entries()) {
      const product = products.find((x) => x.code === productCode);
      // the representative spec when registered, else the first registered one
      const specs = registered.filter((r) => r.productCode === productCode).map((r) => r.specCode);
      const specCode = specs.find((s) => s === product?.representativeSpecCode) ?? specs[0];
      const spec = product?.specs.find((s) => s.code === specCode);
      if (!product || !spec || !specCode) continue;
      const percent = PERCENT_OF_CEILING[(i + p) % PERCENT_OF_CEILING.length] as number;
      const packPrice = packPriceAt(spec.ceiling, spec.unitsPerPack, percent);
      ok(
        await api.PUT('/rounds/{roundId}/bids/{productCode}', {
          params: { path: { roundId, productCode }, header: { 'idempotency-key': randomUUID() } },
          body: { specCode, packPrice },
        }),
        `${login} bids on ${productCode}`,
      );
    }
  }
}

/** The office moves the round's clock past the bidding deadline (and the opening time). */
export async function closeBidding(baseUrl: string, roundId: string) {
  const api = await admin(baseUrl);
  const round = ok(await api.GET('/rounds/{roundId}', { params: { path: { roundId } } }), 'read round');
  if (reached(round.state, 'bidding-closed')) return;
  if (!round.calendar) throw new Error('the round has no calendar');
  await moveClockTo(baseUrl, roundId, new Date(new Date(round.calendar.openingAt).getTime() + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-closed');
}

/** Shares taken at the ceremony, by official: a share is shown once, so the driver keeps it. */
const takenShares = new Map<string, string>();
const shareKey = (baseUrl: string, roundId: string, login: string) => `${baseUrl}|${roundId}|${login}`;

/** A share a test took in the browser: the driver can hand it in later (it cannot be fetched again). */
export function rememberShare(baseUrl: string, roundId: string, login: string, share: string) {
  takenShares.set(shareKey(baseUrl, roundId, login), share);
}

/** The official's share: fetched once (POST my-share with confirm), then remembered; null when taken elsewhere. */
export async function takeShare(baseUrl: string, roundId: string, login: string): Promise<string | null> {
  const key = shareKey(baseUrl, roundId, login);
  const known = takenShares.get(key);
  if (known) return known;
  const api = await client(baseUrl, login);
  const answer = await api.POST('/rounds/{roundId}/key-ceremony/my-share', {
    params: { path: { roundId } },
    body: { confirm: true },
  });
  if (answer.response.status === 409) return null; // taken before, not through the driver
  const mine = ok(answer, `${login} takes the key share`);
  takenShares.set(key, mine.share);
  return mine.share;
}

/**
 * Officials hand in their shares until k are in: the bids open and are evaluated. Officials whose
 * share was taken outside the driver (and not given to `rememberShare`) are skipped. A revival
 * window (复活), if the ruleset opened one, is closed by the office, so the round ends `evaluated`.
 */
export async function openBids(baseUrl: string, roundId: string, officials = DEMO_OFFICIALS) {
  await closeBidding(baseUrl, roundId);
  if ((await roundState(baseUrl, roundId)) === 'bidding-closed') {
    for (const login of officials) {
      const share = await takeShare(baseUrl, roundId, login);
      if (!share) continue;
      const api = await client(baseUrl, login);
      const answer = await api.POST('/rounds/{roundId}/opening/shares', {
        params: { path: { roundId } },
        body: { share },
      });
      if (answer.error && answer.response.status !== 409) ok(answer, `${login} hands in the share`);
      if (answer.data?.status === 'opened') break;
    }
  }
  await waitForState(baseUrl, roundId, 'revival-window');
  if ((await roundState(baseUrl, roundId)) === 'revival-window') {
    const api = await admin(baseUrl);
    ok(
      await api.POST('/rounds/{roundId}/revival/close', {
        params: { path: { roundId } },
        headers: sameOrigin(baseUrl),
      }),
      'close revival',
    );
  }
  await waitForState(baseUrl, roundId, 'evaluated');
}

/** The office publishes the proposed winners (拟中选结果): the objection period (异议期) starts. */
export async function publishProposed(baseUrl: string, roundId: string) {
  await openBids(baseUrl, roundId);
  if ((await roundState(baseUrl, roundId)) === 'evaluated') {
    const api = await admin(baseUrl);
    ok(
      await api.POST('/rounds/{roundId}/proposed/publish', {
        params: { path: { roundId } },
        headers: sameOrigin(baseUrl),
      }),
      'publish proposed winners',
    );
  }
  await waitForState(baseUrl, roundId, 'objection-period');
}

/** The objection period runs out (the round's clock moves two weeks on) and the award is published. */
export async function publishAward(baseUrl: string, roundId: string) {
  await publishProposed(baseUrl, roundId);
  if ((await roundState(baseUrl, roundId)) === 'objection-period') {
    const api = await admin(baseUrl);
    const now = ok(await api.GET('/rounds/{roundId}/clock', { params: { path: { roundId } } }), 'clock');
    await moveClockTo(baseUrl, roundId, new Date(new Date(now.now).getTime() + 14 * 86_400_000));
    ok(
      await api.POST('/rounds/{roundId}/award', {
        params: { path: { roundId } },
        headers: sameOrigin(baseUrl),
      }),
      'publish the award',
    );
  }
  await waitForState(baseUrl, roundId, 'awarded');
}

/** The office starts region selection (选区): winners pick regions in turn. */
export async function startRegionSelection(baseUrl: string, roundId: string) {
  await publishAward(baseUrl, roundId);
  if ((await roundState(baseUrl, roundId)) === 'awarded') {
    const api = await admin(baseUrl);
    ok(
      await api.POST('/rounds/{roundId}/region-selection/start', {
        params: { path: { roundId } },
        headers: sameOrigin(baseUrl),
      }),
      'start region selection',
    );
  }
  await waitForState(baseUrl, roundId, 'region-selection');
}
