// k6 scenario: the deadline burst (definition: deadline-burst.scenario.json; replayed here by
// loadtest/burst.mjs). Where k6 exists:
//   1. two nodes over one PostgreSQL (docs/operations.md), then the round, from the repository:
//        node loadtest/burst.mjs prepare --database-url <owner url> --closes-in 150 > /tmp/burst-plan.json
//   2. k6 run -e BASE_URLS=http://node-a:3000,http://node-b:3000 -e PLAN=/tmp/burst-plan.json \
//        loadtest/scenarios/deadline-burst.js     (small size: prepare --reduced, k6 -e SIZE=reduced)
//   3. node loadtest/burst.mjs verify --database-url <owner url> --plan /tmp/burst-plan.json
// setup() learns the deadline (the round's calendar) and the database clock (/api/health) over HTTP
// and waits until the burst must start so that its last stage ends at the deadline.
import http from 'k6/http';
import exec from 'k6/execution';
import { check, sleep } from 'k6';
import { Counter } from 'k6/metrics';
import { arrivalOffsets, bidRequest, burstOps, burstSeconds, lateOp, sized } from './deadline-burst-plan.js';

const def = sized(JSON.parse(open('./deadline-burst.scenario.json')), __ENV.SIZE === 'reduced');
const plan = JSON.parse(open(__ENV.PLAN));
const BASES = (__ENV.BASE_URLS || 'http://127.0.0.1:3000,http://127.0.0.1:3001').split(',');
const ops = burstOps(def, arrivalOffsets(def.burst).length);
const burstS = burstSeconds(def.burst);
const acceptedLate = new Counter('accepted_late');
const wrongRefusals = new Counter('wrong_refusals');

export const options = {
  setupTimeout: '600s',
  scenarios: {
    burst: {
      executor: 'ramping-arrival-rate',
      exec: 'burst',
      startRate: def.burst.startRate,
      timeUnit: def.burst.timeUnit,
      stages: def.burst.stages,
      preAllocatedVUs: 200,
      maxVUs: 2000,
    },
    late: {
      executor: 'constant-arrival-rate',
      exec: 'late',
      startTime: `${burstS + def.late.afterDeadlineSeconds}s`,
      rate: def.late.rate,
      timeUnit: '1s',
      duration: def.late.duration,
      preAllocatedVUs: 20,
    },
  },
  thresholds: {
    'http_req_duration{scenario:burst}': [`p(99)<${def.thresholds.p99Ms}`],
    accepted_late: ['count==0'],
    wrong_refusals: [`count<=${Math.floor(def.thresholds.errorRate * ops.length)}`],
    checks: ['rate==1'],
  },
};

export function setup() {
  const round = http.get(`${BASES[0]}/api/rounds/${plan.roundId}`, {
    headers: { authorization: `Bearer ${plan.adminToken}` },
  });
  const closesAt = Date.parse(round.json('calendar.biddingClosesAt'));
  const health = http.get(`${BASES[0]}/api/health`);
  // the database time when the answer left, read on arrival: the deadline on this machine's clock
  const deadline = Date.now() + (closesAt - Date.parse(health.json('databaseTime')));
  const wait = (deadline - burstS * 1000 - Date.now()) / 1000;
  if (wait < 0) throw new Error(`the deadline is too near for a ${burstS}s burst: prepare again`);
  sleep(wait);
  return { deadline };
}

function put(op, i) {
  const r = bidRequest(plan.roundId, op);
  const company = plan.companies[op.company];
  return http.put(`${BASES[i % BASES.length]}${r.path}`, r.body, {
    headers: { ...r.headers, authorization: `Bearer ${company.token}` },
    tags: { kind: op.kind },
  });
}

/** the problem's code, or null (a receipt, or an answer that is not problem+json) */
function codeOf(res) {
  try {
    return res.json('code') ?? null;
  } catch {
    return null;
  }
}

export function burst(data) {
  const i = exec.scenario.iterationInTest;
  const op = ops[i % ops.length];
  const sent = Date.now();
  const res = put(op, i);
  const code = res.status === 200 ? null : codeOf(res);
  const ok =
    res.status === 200 ||
    code === 'DEADLINE_PASSED' || // arrived at the deadline: refused, as it must be
    (op.kind === 'retry' && code === 'CONFLICT'); // its original still in flight
  // zeros too, so the thresholds always have samples to judge
  acceptedLate.add(res.status === 200 && sent >= data.deadline ? 1 : 0);
  wrongRefusals.add(ok ? 0 : 1);
  check(res, { 'acknowledged, or refused for the deadline': () => ok });
}

export function late(data) {
  const sent = Date.now();
  const n = exec.scenario.iterationInTest;
  const res = put(lateOp(def, n), n);
  acceptedLate.add(res.status === 200 ? 1 : 0);
  check(res, {
    'after the deadline: 409 DEADLINE_PASSED': (x) => x.status === 409 && codeOf(x) === 'DEADLINE_PASSED',
    'sent after the deadline': () => sent >= data.deadline,
  });
}
