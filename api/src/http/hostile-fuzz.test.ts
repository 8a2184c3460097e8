import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_POLICY, type Caller } from '../authorization/authorization-policy.js';
import { BODIES } from '../test-support/matrix/matrix-bodies.js';
import { cloneWorld } from '../test-support/matrix/matrix-clone.js';
import { buildVariant, type Operation } from '../test-support/matrix/matrix-requests.js';
import { setUpMatrix, type MatrixSetup } from '../test-support/matrix/matrix-setup.js';
import {
  acceptLanguages,
  contentTypes,
  hostileBody,
  hostileHeader,
  hostilePathParam,
  hostileText,
  snapshotTables,
} from '../test-support/hostile-requests.js';
import type { TestContext } from '../test-support/test-context.js';
import { responseText } from '../test-support/response-text.js';

/**
 * Every operation of the app's own OpenAPI document, called by a caller the policy allows, in the
 * round of the stage it needs, with fast-check-fuzzed path parameters, query, body, Content-Type,
 * Idempotency-Key and Accept-Language: never a 5xx, every refusal is problem+json, and a refused
 * request changes no table. Bounded: FUZZ_RUNS requests per operation (default 4).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
// these end sessions or disable users: last, so the others run signed in
const LAST = ['PATCH /users/{id}', 'POST /auth/logout'];

let setup: MatrixSetup;
let t: TestContext;

beforeAll(async () => {
  setup = await setUpMatrix();
  t = await cloneWorld(setup.template, setup.deps);
}, 240_000);
afterAll(async () => {
  await t?.close();
  await setup?.close();
});

function callerOf(op: Operation): Caller {
  const allowed = Object.keys(AUTHORIZATION_POLICY[op.key]?.allow ?? {}).filter((c) => c !== 'anonymous');
  return (allowed[0] ?? 'office-admin') as Caller;
}

interface Fuzzed {
  readonly url: string;
  readonly init: RequestInit;
}

function fuzzedRequest(op: Operation): fc.Arbitrary<Fuzzed> {
  const caller = callerOf(op);
  const world = setup.world;
  const valid = buildVariant(world, op, world.ids[caller].own, world.ids[caller].other, []);
  const body = op.hasBody ? BODIES[op.key]?.({ caller, params: valid.params, world }) : undefined;
  const params = fc.record(
    Object.fromEntries(op.pathParams.map((p) => [p, hostilePathParam(valid.params[p] as string)])),
  );
  const query = fc.record(Object.fromEntries(op.queryParams.map((q) => [q, fc.option(hostileText)])));
  return fc
    .record({
      params,
      query,
      body: op.method === 'GET' ? fc.constant(undefined) : hostileBody(body),
      contentType: contentTypes,
      idempotencyKey: fc.oneof(fc.constant(valid.headers['idempotency-key']), hostileHeader),
      language: acceptLanguages,
    })
    .map(({ params: p, query: q, body: b, contentType, idempotencyKey, language }) => {
      let path = op.path;
      for (const [name, value] of Object.entries(p)) path = path.replace(`{${name}}`, value as string);
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(q)) if (value !== null) search.set(name, value as string);
      const headers = new Headers({ cookie: world.cookies[caller as keyof typeof world.cookies] });
      if (b !== undefined && contentType) headers.set('content-type', contentType);
      if (idempotencyKey !== undefined && op.headerParams.length)
        headers.set('idempotency-key', idempotencyKey);
      if (language) headers.set('accept-language', language);
      const url = `/api${path}${search.size ? `?${search}` : ''}`;
      return { url, init: { method: op.method, headers, ...(b !== undefined && { body: b }) } };
    });
}

describe('hostile input on every operation', () => {
  it('never answers 5xx, answers every refusal as problem+json, and a refusal changes nothing', async () => {
    const ops = [...setup.operations].sort((a, b) => LAST.indexOf(a.key) - LAST.indexOf(b.key));
    let before = await snapshotTables(t.db);
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(fuzzedRequest(op), async ({ url, init }) => {
          requests++;
          const res = await t.app.request(url, init);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await responseText(res); // an event stream: its first event
          const sent = [...(init.headers as Headers)].filter(([k]) => k !== 'cookie');
          const where = `${op.key}: ${init.method} ${url.slice(0, 200)} ${JSON.stringify(sent)} body ${String(init.body).slice(0, 200)}`;
          expect(res.status, `${where} → ${text.slice(0, 300)}`).toBeLessThan(500);
          const after = await snapshotTables(t.db);
          if (res.status >= 400) {
            expect(res.headers.get('content-type'), where).toBe('application/problem+json');
            expect(after, `${where} → ${res.status} changed stored data`).toEqual(before);
          }
          before = after;
        }),
        { numRuns: RUNS },
      );
    }
    console.log(
      `hostile fuzz: ${ops.length} operations, ${requests} requests;`,
      [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' '),
    );
  }, 300_000);
});
