// k6 scenario: the same definition the npm runner (loadtest/run.mjs) replays with autocannon.
//   k6 run -e BASE_URL=http://127.0.0.1:3000 loadtest/scenarios/portal-public.js
import http from 'k6/http';
import { check } from 'k6';

const scenario = JSON.parse(open('./portal-public.scenario.json'));
const BASE = __ENV.BASE_URL || 'http://127.0.0.1:3000';

export const options = {
  vus: scenario.connections,
  duration: `${scenario.durationSeconds}s`,
  thresholds: {
    http_req_duration: [`p(99)<${scenario.thresholds.p99Ms}`],
    http_req_failed: [`rate<${scenario.thresholds.errorRate}`],
  },
};

// signed out: no setup, the pages as anyone sees them (with a browser's accept-encoding)
export default function () {
  for (const r of scenario.requests) {
    const res = http.request(r.method, `${BASE}${r.path}`, null, {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    check(res, { [`${r.method} ${r.path} 2xx`]: (x) => x.status >= 200 && x.status < 300 });
  }
}
