import { chromium } from 'playwright-core';
import { sessionCookie } from '../tests/support/api';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';
import { startPlatform } from '../tests/support/platform';
import { companiesBid, DEMO_BIDDING_ROUND, openBids, roundIdOf } from '../tests/support/round-driver';

// `npm run bench:results -w web`: the office's results page for the national-size demo round
// (DEMO_NATIONAL=1: 65 products, ~800 bids, 32 regions) against the small demo round's in the same
// run (issue 10 §5: under a second). Prints its figures, then one RESULT line.
// Server: the page's HTML fetched as the signed-in office admin, one request at a time.
// Chromium: navigation start to the load event, in a fresh tab each time (the session kept).

const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const NATIONAL = 'NATIONAL-DEMO';
const GOAL_MS = 1000;

interface Figures {
  readonly cold: number;
  readonly p50: number;
  readonly p95: number;
  readonly bytes: number;
}

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
const summary = (times: number[], cold: number, bytes: number): Figures => {
  const sorted = [...times].sort((a, b) => a - b);
  return { cold, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), bytes };
};
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

/** The page's HTML as the server renders it: the first load (cold: the result is read and cached) apart. */
async function serverTimes(url: string, cookie: string): Promise<Figures> {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    return { time: performance.now() - started, bytes: Buffer.byteLength(body) };
  };
  const cold = await once();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) times.push((await once()).time);
  return summary(times, cold.time, cold.bytes);
}

/** Navigation start to the load event in Chromium, a fresh page each time. */
async function browserTimes(
  browser: import('playwright-core').Browser,
  baseUrl: string,
  path: string,
  cookie: string,
): Promise<Figures> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return { name, value, url: baseUrl };
    }),
  );
  const times: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'load' });
    const loaded = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
    });
    await page.close();
    times.push(loaded);
  }
  await context.close();
  const [first = 0, ...rest] = times;
  return summary(rest, first, 0);
}

const started = Date.now();
const platform = await startPlatform({ DEMO_NATIONAL: '1', API_WORKERS: '1' });
try {
  // the baseline: the small demo round (8 products, 5 bidders), bid and opened as the tests do
  const roundId = await roundIdOf(platform.url);
  await companiesBid(platform.url, roundId);
  await openBids(platform.url, roundId);
  const cookie = await sessionCookie(platform.url, 'office.admin');
  const path = (code: string) => `/office/rounds/${code}/results`;

  const server = {
    small: await serverTimes(`${platform.url}${path(DEMO_BIDDING_ROUND)}`, cookie),
    national: await serverTimes(`${platform.url}${path(NATIONAL)}`, cookie),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const load = {
    small: await browserTimes(browser, platform.url, path(DEMO_BIDDING_ROUND), cookie),
    national: await browserTimes(browser, platform.url, path(NATIONAL), cookie),
  };
  await browser.close();

  console.log(`office results page, ${LOADS} loads each after a first (cold) one`);
  for (const [name, code] of [
    ['small', DEMO_BIDDING_ROUND],
    ['national', NATIONAL],
  ] as const) {
    const s = server[name];
    const b = load[name];
    console.log(
      `  ${code.padEnd(14)} server: cold ${ms(s.cold)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  HTML ${(s.bytes / 1024).toFixed(0)} KB`,
    );
    console.log(`  ${''.padEnd(14)} Chromium load: cold ${ms(b.cold)}  p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
  }
  const pass = load.national.p95 < GOAL_MS && server.national.p95 < GOAL_MS;
  console.log(
    `\n${((Date.now() - started) / 1000).toFixed(0)} s in all. Goal: the national round's page loads in under ${GOAL_MS} ms (p95).`,
  );
  console.log(
    `RESULT national_server_p95_ms=${server.national.p95.toFixed(0)} national_load_p95_ms=${load.national.p95.toFixed(0)} ` +
      `national_load_cold_ms=${load.national.cold.toFixed(0)} small_server_p95_ms=${server.small.p95.toFixed(0)} ` +
      `small_load_p95_ms=${load.small.p95.toFixed(0)} goal=${pass ? 'met' : 'missed'}`,
  );
} finally {
  await platform.stop();
}
