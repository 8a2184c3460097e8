import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { DEMO_PASSWORD, useBrowser } from './support/browser';
import {
  client,
  companiesBid,
  DEMO_BIDDERS,
  DEMO_BIDDING_ROUND,
  moveClockTo,
  roundIdOf,
  startRegionSelection,
} from './support/round-driver';

// two HTTP workers: picks, streams and pages land on either, default picks come from the primary's scheduler
const browser = useBrowser({ API_WORKERS: '2' });
const ROOM = `/company/rounds/${DEMO_BIDDING_ROUND}/regions`;
/** a change reaches the page within the API's watch interval (1 s) and a busy machine's delays */
const LIVE = { timeout: 10_000 };

let roundId: string;
/** the demo company logins by organisation id */
const loginOf = new Map<string, string>();

beforeAll(async () => {
  const base = browser.baseUrl();
  roundId = await roundIdOf(base);
  await companiesBid(base, roundId);
  await startRegionSelection(base, roundId);
  for (const login of DEMO_BIDDERS) {
    const me = ok(await (await client(base, login)).GET('/auth/me'), `${login}: who am I`);
    loginOf.set(me.organisationId, login);
  }
}, 180_000);

async function selection() {
  const api = await client(browser.baseUrl(), 'office.admin');
  return ok(await api.GET('/rounds/{roundId}/region-selection', { params: { path: { roundId } } }), 'log');
}

/**
 * Signs in through the login form once the page is hydrated (a field filled before hydration can be
 * emptied by it on a busy machine: tests/support/browser.ts's signIn does not wait for that).
 */
async function signIn(page: Page, login: string) {
  await page.goto('/login', { waitUntil: 'networkidle' });
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The product's section of the room. */
const entryOn = (page: Page, productName: string) =>
  page.locator('article.entry').filter({ has: page.getByRole('heading', { level: 2, name: productName }) });

describe('the region-selection room (选择供应地区)', () => {
  it('two companies take turns live; a turn that times out shows its default pick', async () => {
    // a product whose first two winners are demo companies, with at least three regions to pick
    const entry = (await selection()).entries.find(
      (e) =>
        e.currentTurn?.turn === 1 &&
        e.currentTurn.allowedRegions.length >= 3 &&
        loginOf.has(e.winners[0] ?? '') &&
        loginOf.has(e.winners[1] ?? ''),
    );
    if (!entry?.currentTurn) throw new Error('no product with two demo winners in the demo round');
    const first = loginOf.get(entry.winners[0] as string) as string;
    const second = loginOf.get(entry.winners[1] as string) as string;
    const name = entry.productName ?? entry.productCode;

    const a = await browser.page('first');
    const b = await browser.page('second');
    await signIn(a, first);
    await signIn(b, second);
    // the first company finds the room from its round page; the second goes straight there
    await a.goto(`/company/rounds/${DEMO_BIDDING_ROUND}`);
    await a.getByRole('link', { name: '地区选择' }).click();
    await a.waitForURL((url) => url.pathname === ROOM);
    await b.goto(ROOM);
    for (const page of [a, b])
      await expect.poll(() => page.locator('.live').textContent(), LIVE).toContain('实时更新');
    const roomA = entryOn(a, name);
    const roomB = entryOn(b, name);

    // turn 1 (rank 1's priority pick): the first company's form is open, the second's is not
    expect(await roomA.locator('.current-turn').textContent()).toContain('轮到贵企业选择');
    expect(await roomB.getByLabel('可选地区').isDisabled()).toBe(true);
    expect(await roomB.locator('.turn-order li[aria-current="step"]').textContent()).toContain(
      entry.winnerNames[0] ?? '',
    );
    await expectAccessible(a);
    const region = entry.currentTurn.allowedRegionNames[0] as string;
    await roomA.getByLabel('可选地区').selectOption({ label: region });
    await roomA.getByRole('button', { name: '确认选择' }).click();
    await expect.poll(() => a.locator('.notice').first().textContent(), LIVE).toContain(region);
    // the second company sees the pick arrive without reloading
    await expect.poll(() => roomB.locator('.picks tbody tr').count(), LIVE).toBe(1);
    expect(await roomB.locator('.picks tbody tr').first().textContent()).toContain(region);

    // turn 2 is rank 1's again; it lets the time run out: the scheduler takes the default pick
    const turn2 = (await selection()).entries.find((e) => e.productCode === entry.productCode)?.currentTurn;
    expect(turn2).toMatchObject({ turn: 2, companyId: entry.winners[0] });
    await moveClockTo(browser.baseUrl(), roundId, new Date(Date.parse(turn2!.deadline) + 1000));
    for (const room of [roomA, roomB]) {
      await expect.poll(() => room.locator('.picks tbody tr').count(), LIVE).toBe(2);
      expect(await room.locator('.picks tbody tr').nth(1).textContent()).toContain('默认选择（超时）');
    }

    // turn 3: the second company's form opens live, and its pick reaches the first company
    await expect.poll(() => roomB.locator('.current-turn').textContent(), LIVE).toContain('轮到贵企业选择');
    expect(await roomA.getByLabel('可选地区').isDisabled()).toBe(true);
    const options = await roomB.getByLabel('可选地区').locator('option').allTextContents();
    const third = options[1] as string;
    await roomB.getByLabel('可选地区').selectOption({ label: third });
    await roomB.getByRole('button', { name: '确认选择' }).click();
    await expect.poll(() => roomA.locator('.picks tbody tr').count(), LIVE).toBe(3);
    expect(await roomA.locator('.picks tbody tr').nth(2).textContent()).toContain(third);
    expect(await roomB.locator('.my-regions').textContent()).toContain(third);
    await expectAccessible(b);
  }, 120_000);

  it('says it is reconnecting while the stream is down, and goes live again when the browser is back', async () => {
    const page = await browser.page('reconnect');
    // the first stream breaks at once (as a dropped connection would); the browser's retry gets the real one
    let streams = 0;
    await page.route('**/region-selection/events', (route) =>
      streams++ === 0
        ? route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 3000\n\n' })
        : route.continue(),
    );
    await signIn(page, DEMO_BIDDERS[0] as string);
    await page.goto(ROOM);
    await expect
      .poll(() => page.locator('.live').textContent(), { ...LIVE, interval: 100 })
      .toContain('正在重新连接');
    await expect.poll(() => page.locator('.live').textContent(), LIVE).toContain('实时更新');
    expect(streams).toBe(2);
  });

  it('works without JavaScript: the state as rendered, the pick a plain form, its error next to the field', async () => {
    const turn = (await selection()).entries.find((e) => loginOf.has(e.currentTurn?.companyId ?? ''));
    if (!turn?.currentTurn) throw new Error('no demo company has a turn');
    const page = await browser.page('no-js', { javaScript: false });
    await signIn(page, loginOf.get(turn.currentTurn.companyId) as string);
    await page.goto(ROOM);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('选择供应地区');
    expect(await page.locator('.live').textContent()).toContain('刷新');
    const room = entryOn(page, turn.productName ?? turn.productCode);
    await room.getByRole('button', { name: '确认选择' }).click();
    const again = entryOn(page, turn.productName ?? turn.productCode);
    expect(await again.locator('.field-error').textContent()).toBe('请选择一个地区');
    expect(await again.getByLabel('可选地区').getAttribute('aria-describedby')).toMatch(/-region-error$/);
    const region = turn.currentTurn.allowedRegionNames[0] as string;
    await again.getByLabel('可选地区').selectOption({ label: region });
    await again.getByRole('button', { name: '确认选择' }).click();
    expect(await page.locator('.notice').first().textContent()).toContain(region);
    expect(
      await entryOn(page, turn.productName ?? turn.productCode)
        .locator('.my-regions')
        .textContent(),
    ).toContain(region);
  });

  it('says when a round’s selection has not started, and keeps signed-out visitors and other roles out', async () => {
    const early = await browser.page('not-started');
    await signIn(early, DEMO_BIDDERS[0] as string);
    const answer = await early.goto('/company/rounds/NVBP11-DEMO/regions'); // the demo round still in demand reporting
    expect(answer?.status()).toBe(200);
    expect(await early.locator('.notice').textContent()).toContain('尚未开始');
    expect((await early.goto('/company/rounds/NO-SUCH-ROUND/regions'))?.status()).toBe(404);

    const anonymous = await browser.page('anonymous');
    await anonymous.goto(ROOM);
    expect(new URL(anonymous.url()).pathname).toBe('/login');
    const hospital = await browser.page('hospital');
    await signIn(hospital, 'hospital.bj1');
    expect((await hospital.goto(ROOM))?.status()).toBe(404);
    expect(await hospital.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
  });
});
