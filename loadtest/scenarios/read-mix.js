// k6 scenario: the same definition the npm runner (loadtest/run.mjs) replays with autocannon.
//   k6 run -e BASE_URL=http://127.0.0.1:3000 -e PASSWORD=jicai-demo-2026 loadtest/scenarios/read-mix.js
import http from 'k6/http';
import { check } from 'k6';

const scenario = JSON.parse(open('./read-mix.scenario.json'));
const BASE = __ENV.BASE_URL || 'http://127.0.0.1:3000';

export const options = {
  vus: scenario.connections,
  duration: `${scenario.durationSeconds}s`,
  thresholds: {
    http_req_duration: [`p(99)<${scenario.thresholds.p99Ms}`],
    http_req_failed: [`rate<${scenario.thresholds.errorRate}`],
  },
};

export function setup() {
  const login = http.post(
    `${BASE}/api/auth/login`,
    JSON.stringify({ login: scenario.login, password: __ENV.PASSWORD }),
    {
      headers: { 'content-type': 'application/json' },
    },
  );
  const cookie = login.headers['Set-Cookie'];
  const token = http.post(`${BASE}/api/auth/tokens`, JSON.stringify({ name: 'k6 read-mix', days: 1 }), {
    headers: { 'content-type': 'application/json', cookie },
  });
  return { token: token.json('token') };
}

export default function (data) {
  for (const r of scenario.requests) {
    const headers = r.auth ? { authorization: `Bearer ${data.token}` } : {};
    const res = http.request(r.method, `${BASE}${r.path}`, r.body ? JSON.stringify(r.body) : null, {
      headers,
    });
    check(res, { [`${r.method} ${r.path} 2xx`]: (x) => x.status >= 200 && x.status < 300 });
  }
}
