import type { Caller } from '../../authorization/authorization-policy.js';
import { BODIES } from './matrix-bodies.js';
import { buildVariant, type Operation } from './matrix-requests.js';
import type { MatrixWorld, Stage } from './matrix-world.js';
import type { TestContext } from '../test-context.js';
import { responseText } from '../response-text.js';

/**
 * The secrecy comparison: the same requests, in the same order, in a copy of the world in which
 * company A has bid (for P1 of the bidding round and of the closed round) and in one in which it
 * has not; whoever is not company A must get the same answers in both, as if A had never bid.
 */
export interface Observer {
  readonly name: string;
  readonly caller: Caller;
  readonly cookie: (world: MatrixWorld) => string | undefined;
}

export const OBSERVERS: readonly Observer[] = [
  { name: 'company B', caller: 'company-user', cookie: (w) => w.companyBCookie },
  ...(['office-admin', 'office-official', 'auditor', 'region-bureau-user', 'hospital-user'] as const).map(
    (role) => ({ name: role, caller: role, cookie: (w: MatrixWorld) => w.cookies[role] }),
  ),
  { name: 'anonymous', caller: 'anonymous', cookie: () => undefined },
];

/**
 * The rounds probed: before the deadline and after it (writes too), and a dual-envelope round whose
 * technical envelopes are open but whose prices are still sealed (reads only).
 */
const TARGETS: readonly { readonly stage: Stage; readonly writes: boolean }[] = [
  { stage: 'bidding', writes: true },
  { stage: 'closed', writes: true },
  { stage: 'technical', writes: false },
];

export interface Probe {
  readonly key: string;
  readonly op: Operation;
  readonly observer: Observer;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Written last: they end the round (or the caller's session) for the probes after them. */
const LAST = ['POST /rounds/{roundId}/cancel', 'POST /rounds/{roundId}/publish'];
/** Not about rounds' data: they change who the observer is, or the round's time. */
const SKIPPED = [
  'POST /auth/login',
  'POST /auth/logout',
  'PUT /rounds/{roundId}/clock',
  'DELETE /rounds/{roundId}/clock',
];

/**
 * Every GET, and every write on a round, on P1 (the product company A bid for) and with company A's
 * ids wherever a request names a tenant, as each observer; company B's bid in the bidding round
 * carries the Idempotency-Key company A used there. Bodies and headers are fixed here, once for both
 * worlds.
 */
export function secrecyProbes(world: MatrixWorld, operations: readonly Operation[], aKey: string): Probe[] {
  const ids = world.ids['company-user'];
  const rank = (op: Operation) => (op.method === 'GET' ? 0 : LAST.includes(op.key) ? 2 : 1);
  const ordered = operations
    .filter((op) => !SKIPPED.includes(op.key) && (op.method === 'GET' || op.pathParams.includes('roundId')))
    .sort((a, b) => rank(a) - rank(b));
  const probes: Probe[] = [];
  for (const { stage, writes } of TARGETS)
    for (const op of ordered) {
      if (stage !== 'bidding' && !op.pathParams.includes('roundId')) continue;
      if (!writes && op.method !== 'GET') continue;
      for (const observer of OBSERVERS) {
        const v = buildVariant(world, op, ids.own, ids.other, [], stage);
        const key = `${observer.name} | ${op.key} @${stage}`;
        const reused = stage === 'bidding' && op.method === 'PUT';
        const headers = Object.fromEntries(
          Object.keys(v.headers).map((h) => [h, reused ? aKey : `mx-probe-${probes.length}`]),
        );
        const body = op.hasBody
          ? BODIES[op.key]?.({ caller: observer.caller, params: v.params, world })
          : undefined;
        probes.push({ key, op, observer, url: v.url, headers, body });
      }
    }
  return probes;
}

const MASKS: readonly (readonly [RegExp, string])[] = [
  [/\d{4}-\d\d-\d\d[T ][\d:.]+(Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  // a presigned URL's X-Amz-Date (a download's Location)
  [/\b\d{8}T\d{6}Z\b/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>'],
  [/\b[0-9a-f]{64}\b/g, '<hex64>'],
  [/[A-Za-z0-9+/_-]{40,}={0,2}/g, '<base64>'],
];
const masked = (text: string) => MASKS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
/** headers that differ by construction */
const UNCOMPARED_HEADERS = new Set(['content-length', 'x-request-id']);

/**
 * What an observer can tell from one answer: its status, headers and body with the values that are
 * fresh in every run masked (times, new ids, salts, signatures), and which of the world's secrets it
 * carries (so a masked value cannot hide company A's id or commitment).
 */
function observation(res: Response, text: string, secrets: readonly string[]): string {
  const headers = [...res.headers.entries()]
    .filter(([name]) => !UNCOMPARED_HEADERS.has(name))
    .map(([name, value]) => `${name}: ${masked(value)}`)
    .sort();
  const body = masked(text);
  const carried = secrets.filter((s) => text.includes(s));
  return JSON.stringify({ status: res.status, headers, body, carried });
}

/** Runs every probe in order in one copy of the world; what each observer saw, by probe key. */
export async function observe(
  t: TestContext,
  world: MatrixWorld,
  probes: readonly Probe[],
  secrets: readonly string[],
): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const [i, probe] of probes.entries()) {
    const cookie = probe.observer.cookie(world);
    const res = await t.request(probe.url, {
      method: probe.op.method,
      headers: { ...probe.headers, 'x-request-id': `mx-probe-${i}` },
      ...(probe.body !== undefined && { json: probe.body }),
      ...(cookie && { cookie }),
    });
    seen.set(probe.key, observation(res, await responseText(res), secrets));
  }
  return seen;
}

/** The probes whose answers differ between the two worlds, with both answers. */
export function differences(without: Map<string, string>, withBid: Map<string, string>) {
  return [...without]
    .filter(([key, seen]) => withBid.get(key) !== seen)
    .map(([key, seen]) => ({
      key,
      without: seen.slice(0, 400),
      with: withBid.get(key)?.slice(0, 400) ?? '',
    }));
}
