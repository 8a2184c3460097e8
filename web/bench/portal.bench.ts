import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlatform } from '../tests/support/platform';
import { DEMO_PASSWORD } from '../tests/support/browser';
import { sessionCookie } from '../tests/support/api';
import { companiesBid, DEMO_BIDDING_ROUND, publishAward, roundIdOf } from '../tests/support/round-driver';
import { monotonicUs, summariseProfiles, type Window } from './cpu-profile';
import { cpuBetween, describeCost, describeCpu, settle, snapshot } from './cpu-share';
import { alone, describe, load, type Alone, type LoadFigures } from './load';
import { describeLighthouse, lighthouseScores } from './lighthouse';
import { pageJs } from './page-js';

// `npm run bench -w web`: the portal's speed (issue 9.6). Prints its figures, then one RESULT line.
// Goals: both pages p95 < 100 ms at 200 connections; ≤ 100 KB of gzipped JavaScript on the bid page;
// Lighthouse performance ≥ 90 and accessibility ≥ 95 on both pages.

// The pages, by path template ({roundCode}); the first that answers 200 is measured. Point the first
// entry at the final page (or set BENCH_RESULTS_PAGE / BENCH_ROUND_PAGE); the rest are stand-ins.
const RESULTS_PAGES = [
  process.env.BENCH_RESULTS_PAGE ?? '/rounds/{roundCode}/results',
  '/rounds/{roundCode}',
  '/',
];
/** A company's round page: the bid page while bidding is open, the outcome after. */
const ROUND_PAGES = [process.env.BENCH_ROUND_PAGE ?? '/company/rounds/{roundCode}', '/company/rounds', '/'];
// The API's answer each page renders from, measured beside it at the same concurrency.
const RESULTS_API = '/api/rounds/{roundId}/evaluation/result';
const ROUND_API = '/api/rounds/{roundId}/bids/mine';
// The API calls each page's server code makes in-process per request (hooks, layout, load), read
// from the pages' load functions: each is timed alone beside the page, to tell rendering from API.
const ROUND_PAGE_CALLS = [
  '/api/auth/me',
  '/api/rounds/{roundCode}',
  '/api/rounds/{roundId}/products',
  '/api/rounds/{roundId}/registrations?limit=500',
  '/api/rounds/{roundId}/bids/mine',
  '/api/rounds/{roundId}/clock',
];
// (the layout's server time is a database clock read every 5 s, not a call per page; the results
// page's products come from a per-evaluation cache, and signed-out visitors share a render for 1 s)
const RESULTS_PAGE_CALLS = ['/api/rounds/{roundCode}', '/api/rounds/{roundId}/evaluation'];
/** A small file the portal serves from memory/disk without a render: the floor under load. */
const STATIC_FILE = '/_app/version.json';

const COMPANY = 'company.c01';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
/** requests one after another before the load: their time, and their CPU cost with nothing queued */
const ALONE_REQUESTS = 40;
const LIGHTHOUSE_RUNS = 2;
// one HTTP worker process per core, as the platform is deployed (each serves API and portal)
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? os.cpus().length);
// BENCH_CPU_PROF=1: profile the platform's Node processes and print where their time went
const PROFILE_DIR = process.env.BENCH_CPU_PROF
  ? mkdtempSync(path.join(os.tmpdir(), 'jicai-portal-prof-'))
  : null;

/** the measured load runs, for the CPU profile */
const windows: Window[] = [];

const fill = (template: string, round: { id: string; code: string }) =>
  template.replace('{roundCode}', encodeURIComponent(round.code)).replace('{roundId}', round.id);

/** The first of the candidate pages that answers 200 (no redirect) for this visitor. */
async function firstServed(baseUrl: string, candidates: string[], cookie?: string): Promise<string> {
  for (const path of candidates) {
    const answer = await fetch(baseUrl + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    await answer.arrayBuffer();
    if (answer.status === 200) {
      if (path !== candidates[0]) console.log(`  (measuring ${path} instead)`);
      return path;
    }
    console.log(`  (${path} answers ${answer.status})`);
  }
  throw new Error(`none of ${candidates.join(', ')} answers 200`);
}

/** One request at a time first (what a request costs), then the warm-up, then the measured load. */
async function measure(
  url: string,
  headers?: Record<string, string>,
): Promise<LoadFigures & { alone: Alone; cpu: string }> {
  await settle();
  const idle = snapshot();
  const single = await alone(url, headers, ALONE_REQUESTS);
  const cost = cpuBetween(idle, snapshot());
  await load(url, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS, headers }); // not counted
  const before = snapshot();
  const from = monotonicUs();
  const figures = await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers });
  windows.push({ label: `under load on ${new URL(url).pathname}`, from, to: monotonicUs() });
  const cpu = describeCpu(cpuBetween(before, snapshot()), figures.requests, SECONDS);
  return {
    ...figures,
    alone: single,
    cpu: `${describeCost(cost, ALONE_REQUESTS, os.cpus().length, CONNECTIONS)}\n${cpu}`,
  };
}

/** Each of the page's API calls one at a time over HTTP, next to the page's own time. */
async function breakdown(
  baseUrl: string,
  calls: string[],
  round: { id: string; code: string },
  page: Alone,
  headers?: Record<string, string>,
) {
  const times: string[] = [];
  let sum = 0;
  for (const call of calls) {
    const t = await alone(baseUrl + fill(call, round), headers, 15);
    sum += t.ms;
    times.push(`${call.replace('/api', '')} ${t.ms} ms (${(t.bytes / 1024).toFixed(0)} KB)`);
  }
  console.log(
    `    its API calls one at a time: ${times.join(', ')} — sum ${sum.toFixed(1)} ms of the page's ${page.ms} ms ` +
      `(some run in parallel; the rest is SSR, the bridge and parsing the answers again)`,
  );
}

const started = Date.now();
console.log(
  `Jicai portal benchmark — Node ${process.version}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start`,
);
/** The platform; a second try when the embedded PostgreSQL lost its free port to another process. */
async function start(tries = 3) {
  const env = {
    NODE_ENV: 'development', // as `./jicai start`: production refuses the rehearsal clock the driver moves
    API_WORKERS: String(API_WORKERS),
    SCHEDULER_INTERVAL_S: '0.5',
    ...(PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` } : {}),
  };
  for (let i = 1; ; i++) {
    try {
      return await startPlatform(env);
    } catch (error) {
      if (i >= tries) throw error;
      console.log(`  (the platform did not start, trying again: ${String(error).slice(0, 200)})`);
    }
  }
}
const platform = await start();
try {
  console.log(
    `  platform: api/dist/start.js (embedded PostgreSQL, demo seed) at ${platform.url}, ${API_WORKERS} HTTP ${API_WORKERS === 1 ? 'process' : 'worker processes'}, NODE_ENV=development as ./jicai start`,
  );
  console.log(
    `  load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, same machine`,
  );
  const round = { id: await roundIdOf(platform.url), code: DEMO_BIDDING_ROUND };
  await companiesBid(platform.url, round.id);
  const cookie = await sessionCookie(platform.url, COMPANY, DEMO_PASSWORD);
  const signedIn = { cookie };

  console.log(`\n${round.code} in bidding, the demo companies have bid; ${COMPANY} signed in:`);
  const roundPath = await firstServed(
    platform.url,
    ROUND_PAGES.map((p) => fill(p, round)),
    cookie,
  );
  const roundPage = await measure(platform.url + roundPath, signedIn);
  console.log(describe(`page GET ${roundPath}`, roundPage));
  if (roundPath === fill(ROUND_PAGES[0] as string, round)) {
    await breakdown(platform.url, ROUND_PAGE_CALLS, round, roundPage.alone, signedIn);
  }
  const roundApiPath = fill(ROUND_API, round);
  const roundApi = await measure(platform.url + roundApiPath, signedIn);
  console.log(describe(`API GET ${roundApiPath.replace(round.id, '{id}')}`, roundApi));
  const js = await pageJs(platform.url + roundPath, cookie);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `  bid page JavaScript (loaded in Chromium, every script response): ${js.files} files, ${kb(js.gzipBytes)} KB gzip -9 (${kb(js.transferBytes)} KB as sent, ${kb(js.rawBytes)} KB raw); biggest: ${js.biggest
      .map((f) => `${f.name} ${kb(f.gzipBytes)} KB`)
      .join(', ')}`,
  );
  const roundLh = await lighthouseScores(platform.url + roundPath, LIGHTHOUSE_RUNS, cookie);
  console.log(describeLighthouse(`Lighthouse ${roundPath}`, roundLh));

  await publishAward(platform.url, round.id); // bids opened, proposed winners, the award
  console.log(`\n${round.code} awarded (bids opened, proposed winners, award published); signed out:`);
  const resultsPath = await firstServed(
    platform.url,
    RESULTS_PAGES.map((p) => fill(p, round)),
  );
  const resultsPage = await measure(platform.url + resultsPath);
  console.log(describe(`page GET ${resultsPath}`, resultsPage));
  if (resultsPath === fill(RESULTS_PAGES[0] as string, round)) {
    await breakdown(platform.url, RESULTS_PAGE_CALLS, round, resultsPage.alone);
  }
  const resultsApiPath = fill(RESULTS_API, round);
  const resultsApi = await measure(platform.url + resultsApiPath);
  console.log(describe(`API GET ${resultsApiPath.replace(round.id, '{id}')}`, resultsApi));
  // the floor: bytes the portal's process already holds (what a cached page would cost to serve)
  console.log(describe(`floor: GET ${STATIC_FILE} (static file)`, await measure(platform.url + STATIC_FILE)));
  const resultsLh = await lighthouseScores(platform.url + resultsPath, LIGHTHOUSE_RUNS);
  console.log(describeLighthouse(`Lighthouse ${resultsPath}`, resultsLh));

  console.log(
    `\nLighthouse: default config (mobile, simulated throttling), the better of ${LIGHTHOUSE_RUNS} runs per page; RESULT has the lower page's score. ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
  );
  console.log(
    `RESULT results_p95_ms=${resultsPage.p95} round_p95_ms=${roundPage.p95} bid_page_js_kb=${kb(js.gzipBytes)} ` +
      `lighthouse_perf=${Math.min(roundLh.performance, resultsLh.performance)} ` +
      `lighthouse_a11y=${Math.min(roundLh.accessibility, resultsLh.accessibility)}`,
  );
} finally {
  await platform.stop();
  if (PROFILE_DIR) {
    for (const window of windows) console.log(summariseProfiles(PROFILE_DIR, window).join('\n'));
    rmSync(PROFILE_DIR, { recursive: true, force: true });
  }
}
