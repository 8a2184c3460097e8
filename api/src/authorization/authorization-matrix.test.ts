import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../app-env.js';
import { ROLES } from '../auth/roles.js';
import type { TestContext } from '../test-support/test-context.js';
import { AUTHORIZATION_POLICY, CALLERS, type Caller, type Tenancy } from './authorization-policy.js';
import { BODIES } from '../test-support/matrix/matrix-bodies.js';
import { cloneWorld } from '../test-support/matrix/matrix-clone.js';
import {
  foreignTo,
  variantsFor,
  type Operation,
  type Variant,
} from '../test-support/matrix/matrix-requests.js';
import { setUpMatrix, type MatrixSetup } from '../test-support/matrix/matrix-setup.js';
import type { MatrixWorld } from '../test-support/matrix/matrix-world.js';
import { responseText } from '../test-support/response-text.js';

/**
 * Every operation of the app's own OpenAPI document, called by every role and anonymously, on the
 * caller's own data (in the round of the stage the operation needs) and with another tenant's ids:
 * refused callers get 401/403/404, another tenant's resource is 404 (a draft, a round not yet
 * closed or opened, another company's offer), no answer carries another tenant's ids or names
 * beyond what the policy `reveals`, and none carries a sealed price or another official's key
 * share, whoever asks. Reads share one copy of the world; each write operation gets a fresh copy,
 * so a successful write changes nothing the next one sees. Whether a bid exists before opening is
 * proven apart, in secrecy-matrix.test.ts.
 */
let setup: MatrixSetup | undefined;
let reads: TestContext;
let template: string;
let deps: AppDeps;
let world: MatrixWorld;
let operations: readonly Operation[] = [];
/** operation → caller → statuses: own data first, then another tenant's */
const matrix = new Map<string, Map<Caller, string>>();
const validatesBeforeRole: string[] = [];
const validatesBeforeRoleSignedIn: string[] = [];

interface Answer {
  readonly status: number;
  readonly text: string;
  /** everything the caller put in the request: an id echoed back from there is no leak */
  readonly sent: string;
}

async function send(t: TestContext, op: Operation, caller: Caller, v: Variant): Promise<Answer> {
  const body = op.hasBody ? BODIES[op.key]?.({ caller, params: v.params, world }) : undefined;
  const res = await t.request(v.url, {
    method: op.method,
    headers: v.headers,
    ...(body !== undefined && { json: body }),
    ...(caller !== 'anonymous' && { cookie: world.cookies[caller] }),
  });
  const sent = v.url + JSON.stringify(body ?? null) + JSON.stringify(v.headers);
  return { status: res.status, text: await responseText(res), sent };
}

/** What the policy demands of one request's status. */
function expected(op: Operation, caller: Caller, reach: readonly Tenancy[] | undefined, v: Variant) {
  const is =
    (...statuses: number[]) =>
    (s: number) =>
      statuses.includes(s);
  if (reach === undefined)
    return caller === 'anonymous' ? { text: '401', ok: is(401) } : { text: '403 or 404', ok: is(403, 404) };
  // a download answers 303 to a presigned URL of the document store
  if (v.side === 'own' && op.method === 'GET') return { text: '200 (or 303)', ok: is(200, 303) };
  // a write on the caller's own data may still be refused for the round's state (409) or its content (400)
  if (v.side === 'own')
    return { text: 'no 401/403/404/5xx', ok: (s: number) => !is(401, 403, 404)(s) && s < 500 };
  return v.otherInPath ? { text: '404', ok: is(404) } : { text: '200 or 404', ok: is(200, 404) };
}

function judge(op: Operation, caller: Caller, v: Variant, answer: Answer): string[] {
  const policy = AUTHORIZATION_POLICY[op.key];
  const reach = policy?.allow[caller];
  const want = expected(op, caller, reach, v);
  // sealed prices and key shares reach nobody, whatever the reach
  const foreign = foreignTo(world, caller, reach, policy?.reveals?.[caller], policy?.revealsNames);
  const leaked = [...foreign, ...world.sealed].filter(
    (secret) => answer.text.includes(secret) && !answer.sent.includes(secret),
  );
  const where = `${op.key} as ${caller} on ${v.side} data (${v.url})`;
  const body = answer.text.slice(0, 200);
  return [
    ...(want.ok(answer.status) ? [] : [`${where}: expected ${want.text}, got ${answer.status}: ${body}`]),
    ...(leaked.length ? [`${where}: the answer carries ${leaked.join(', ')}: ${body}`] : []),
  ];
}

/** Runs one operation as every caller; fills its matrix row and returns every breach. */
async function runOperation(t: TestContext, op: Operation): Promise<string[]> {
  const policy = AUTHORIZATION_POLICY[op.key];
  if (!policy) return []; // the declaration test names it
  const failures: string[] = [];
  const row = new Map<Caller, string>();
  for (const caller of CALLERS) {
    const statuses: string[] = [];
    // another tenant's first, while the caller's own resource is still there to be refused around
    for (const v of variantsFor(world, op, caller, policy.allow[caller])) {
      const answer = await send(t, op, caller, v);
      statuses.unshift(String(answer.status));
      failures.push(...judge(op, caller, v, answer));
    }
    row.set(caller, `${policy.allow[caller] ? '*' : ''}${statuses.join('/')}`);
  }
  matrix.set(op.key, row);
  return failures;
}

function printMatrix() {
  const heads = CALLERS.map((c) => c.replace(/^(office|region)-|-user$/g, ''));
  const width = Math.max(...operations.map((o) => o.key.length));
  const line = (first: string, cells: readonly string[]) =>
    `${first.padEnd(width)} ${cells.map((c) => c.padStart(13)).join('')}`;
  const rows = operations
    .filter((o) => matrix.has(o.key))
    .map((o) =>
      line(
        o.key,
        CALLERS.map((c) => matrix.get(o.key)?.get(c) ?? '-'),
      ),
    );
  const cells = [...matrix.values()].reduce((n, row) => n + [...row.values()].join('/').split('/').length, 0);
  console.log(
    [
      `authorization matrix: ${matrix.size} operations × ${CALLERS.length} callers, ${cells} requests`,
      '* the policy allows the caller; statuses: own data, then another tenant’s ids (one per tenancy)',
      line('operation', heads),
      ...rows,
      `validate the body before checking the role (anonymous + {} → 400, not 401): ${validatesBeforeRole.join(', ') || 'none'}`,
      `validate the body before checking the role (a refused role + {} → 400, not 403): ${validatesBeforeRoleSignedIn.length} operations: ${validatesBeforeRoleSignedIn.join(', ') || 'none'}`,
    ].join('\n'),
  );
}

beforeAll(async () => {
  setup = await setUpMatrix();
  ({ world, template, deps, operations } = setup);
  reads = await cloneWorld(template, deps);
}, 60_000);

afterAll(async () => {
  printMatrix();
  await reads?.close();
  await setup?.close();
});

describe('authorization matrix', () => {
  it('declares a policy for every operation of /api/openapi.json, and for nothing else', () => {
    const keys = operations.map((o) => o.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in AUTHORIZATION_POLICY))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_POLICY).filter((k) => !keys.includes(k))).toEqual([]);
    const writes = operations.filter((o) => o.hasBody).map((o) => o.key);
    expect(writes.filter((k) => !(k in BODIES))).toEqual([]);
    for (const policy of Object.values(AUTHORIZATION_POLICY))
      for (const reach of Object.values(policy.allow))
        expect(reach.length === 1 || !reach.includes('none'), policy.what).toBe(true);
  });

  it('answers every read as the policy says, for every caller, on own and on another tenant’s data', async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.method === 'GET'))
      failures.push(...(await runOperation(reads, op)));
    expect(failures).toEqual([]);
  });

  it('never lets a refused caller’s invalid body through (noting routes that validate before the role)', async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.hasBody)) {
      if (AUTHORIZATION_POLICY[op.key]?.allow.anonymous) continue;
      const url = (variantsFor(world, op, 'anonymous', undefined).at(-1) as Variant).url;
      const res = await reads.request(url, { method: op.method, json: {} });
      if (res.status === 400) validatesBeforeRole.push(op.key);
      else if (res.status !== 401) failures.push(`${op.key}: anonymous with {} answered ${res.status}`);
      // a signed-in role the policy refuses: 403 before the body is read, or 400 (noted)
      const refused = ROLES.find((r) => !AUTHORIZATION_POLICY[op.key]?.allow[r]);
      if (!refused) continue;
      const as = await reads.request(url, {
        method: op.method,
        json: {},
        cookie: world.cookies[refused],
      });
      if (as.status === 400) validatesBeforeRoleSignedIn.push(`${op.key} (${refused})`);
      else if (![403, 404].includes(as.status))
        failures.push(`${op.key}: ${refused} with {} answered ${as.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers every write as the policy says, each operation in a fresh copy of the world', async () => {
    const queue = operations.filter((o) => o.method !== 'GET');
    const failures: string[] = [];
    const closing: Promise<void>[] = [];
    // four copies at a time, dropped in the background: PostgreSQL clones side by side far faster
    const worker = async () => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        const t = await cloneWorld(template, deps);
        try {
          failures.push(...(await runOperation(t, op)));
        } finally {
          closing.push(t.close());
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    await Promise.all(closing);
    expect(failures.sort()).toEqual([]);
  }, 120_000);
});
