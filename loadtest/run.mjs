#!/usr/bin/env node
// Replays the k6 scenarios of loadtest/scenarios with autocannon (k6 cannot be installed here):
// the same JSON definition, the same setup (login → bearer token), the same thresholds.
//   node loadtest/run.mjs read-mix [--base http://127.0.0.1:3000] [--password …]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '@jicai/api/client';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const name = args[0];
const flag = (f, d) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
if (!name) {
  console.error('usage: node loadtest/run.mjs <scenario> [--base URL] [--password P]');
  process.exit(2);
}
const base = flag('--base', process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const password = flag('--password', process.env.PASSWORD ?? 'jicai-demo-2026');
const scenario = JSON.parse(readFileSync(path.join(here, 'scenarios', `${name}.scenario.json`), 'utf8'));

async function bearerToken(login) {
  const api = createApiClient({ baseUrl: `${base}/api` });
  const signedIn = await api.POST('/auth/login', { body: { login, password } });
  if (!signedIn.data)
    throw new Error(`login ${login}: ${signedIn.response.status} ${JSON.stringify(signedIn.error)}`);
  const cookie = (signedIn.response.headers.get('set-cookie') ?? '').split(';')[0];
  const created = await api.POST('/auth/tokens', {
    body: { name: `autocannon ${name}`, days: 1 },
    headers: { cookie },
  });
  if (!created.data)
    throw new Error(`API token for ${login}: ${created.response.status} ${JSON.stringify(created.error)}`);
  return created.data.token;
}

const token = scenario.login ? await bearerToken(scenario.login) : null;
const result = await autocannon({
  url: base,
  connections: scenario.connections,
  duration: scenario.durationSeconds,
  requests: scenario.requests.map((r) => ({
    method: r.method,
    path: r.path,
    headers: {
      ...(r.auth ? { authorization: `Bearer ${token}` } : {}),
      ...(r.body ? { 'content-type': 'application/json' } : {}),
    },
    body: r.body ? JSON.stringify(r.body) : undefined,
  })),
});
const total = result.requests.total;
const errors = result.errors + result.non2xx;
const errorRate = total ? errors / total : 1;
console.log(
  `${scenario.name}: ${total} requests in ${scenario.durationSeconds}s, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}`,
);
const ok = result.latency.p99 <= scenario.thresholds.p99Ms && errorRate <= scenario.thresholds.errorRate;
console.log(
  ok
    ? 'thresholds met'
    : `thresholds NOT met (p99 ≤ ${scenario.thresholds.p99Ms} ms, error rate ≤ ${scenario.thresholds.errorRate})`,
);
process.exit(ok ? 0 : 1);
