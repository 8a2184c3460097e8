import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ok } from './support/api';
import { DEMO_PASSWORD } from './support/browser';
import { startPlatform, type Platform } from './support/platform';
import {
  client,
  companiesBid,
  DEMO_BIDDERS,
  DEMO_BIDDING_ROUND,
  roundIdOf,
  startRegionSelection,
} from './support/round-driver';
import { startSecondNode } from './support/second-node';

// Two platform nodes over one PostgreSQL (issue 14 §1): what one node writes, a browser on the other
// sees live, carried by PostgreSQL's notifications (api/src/node-bus/), not by a poll.
const SHOTS = fileURLToPath(new URL('../test-results/screenshots', import.meta.url));
const ROOM = `/company/rounds/${DEMO_BIDDING_ROUND}/regions`;

let nodeA: Platform;
let nodeB: Platform;
let browser: Browser;
let roundId: string;
const loginOf = new Map<string, string>();

beforeAll(async () => {
  nodeA = await startPlatform();
  [nodeB, browser] = await Promise.all([
    startSecondNode(nodeA),
    chromium.connect(inject('browserWsEndpoint')),
  ]);
  roundId = await roundIdOf(nodeA.url);
  await companiesBid(nodeA.url, roundId);
  await startRegionSelection(nodeA.url, roundId);
  for (const login of DEMO_BIDDERS) {
    const me = ok(await (await client(nodeA.url, login)).GET('/auth/me'), `${login}: who am I`);
    loginOf.set(me.organisationId, login);
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await nodeB?.stop();
  await nodeA?.stop();
});

async function pageOnB(name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: nodeB.url,
    locale: 'zh-CN',
    timezoneId: 'Europe/Berlin',
  });
  return context.newPage();
}

async function signIn(page: Page, login: string) {
  await page.goto('/login', { waitUntil: 'networkidle' });
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `two-nodes-${name}.png`), fullPage: true });
}

/** Milliseconds until `done` holds, polled every 20 ms, or an error after `limitMs`. */
async function msUntil(done: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}

describe('two nodes, one PostgreSQL: live pages across nodes', () => {
  it('shows a browser on node B the pick another company made on node A within a second', async () => {
    const api = await client(nodeA.url, 'office.admin');
    const log = ok(
      await api.GET('/rounds/{roundId}/region-selection', { params: { path: { roundId } } }),
      'selection',
    );
    const entry = log.entries.find(
      (e) => e.currentTurn?.turn === 1 && loginOf.has(e.winners[0] ?? '') && loginOf.has(e.winners[1] ?? ''),
    );
    if (!entry?.currentTurn) throw new Error('no product with two demo winners in the demo round');
    const picker = loginOf.get(entry.winners[0] as string) as string;
    const watcher = loginOf.get(entry.winners[1] as string) as string;

    const page = await pageOnB('watcher');
    await signIn(page, watcher);
    await page.goto(ROOM);
    await expect.poll(() => page.locator('.live').textContent()).toContain('实时更新');
    const room = page
      .locator('article.entry')
      .filter({ has: page.getByRole('heading', { level: 2, name: entry.productName ?? entry.productCode }) });
    expect(await room.locator('.picks tbody tr').count()).toBe(0);

    // the other company picks through node A's API
    const region = entry.currentTurn.allowedRegions[0] as string;
    const onA = await client(nodeA.url, picker);
    ok(
      await onA.POST('/rounds/{roundId}/region-selection/picks', {
        params: { path: { roundId } },
        body: { productCode: entry.productCode, regionId: region, group: entry.group },
      }),
      'pick on node A',
    );
    const ms = await msUntil(async () => (await room.locator('.picks tbody tr').count()) === 1, 5_000);
    console.log(`two nodes: a pick on node A reached the browser on node B in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1_000);
    expect(await room.locator('.picks tbody tr').first().textContent()).toContain(
      entry.currentTurn.allowedRegionNames[0] as string,
    );
    await shoot(page, 'region-selection-on-b');
    await page.context().close();
  }, 60_000);

  it('shows the public notices page on node B a notice published on node A, without a reload', async () => {
    const page = await pageOnB('notices');
    await page.goto('/notices');
    await expect.poll(() => page.locator('.live').textContent()).toContain('新公告将实时显示');
    const before = await page.locator('ol.notices > li').count();
    const api = await client(nodeA.url, 'office.admin');
    const cause = `两节点测试 ${Date.now()}`;
    ok(
      await api.POST('/outages', {
        body: { startsAt: '2026-09-25T11:00', endsAt: '2026-09-25T11:20', cause },
      }),
      'record an outage on node A',
    );
    const published = page.locator('ol.notices > li', { hasText: cause });
    const ms = await msUntil(async () => (await published.count()) === 1, 5_000);
    console.log(
      `two nodes: a notice published on node A reached the browser on node B in ${ms.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(1_000);
    expect(await page.locator('ol.notices > li').count()).toBeGreaterThan(before);
    await shoot(page, 'notices-on-b');

    // without JavaScript the page is what the server rendered, the new notice included
    const context = await browser.newContext({
      baseURL: nodeB.url,
      locale: 'zh-CN',
      javaScriptEnabled: false,
    });
    const plain = await context.newPage();
    await plain.goto('/notices');
    expect(await plain.locator('ol.notices > li', { hasText: cause }).count()).toBe(1);
    await context.close();
    await page.context().close();
  }, 60_000);
});
