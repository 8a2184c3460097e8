import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import {
  client,
  companiesBid,
  DEMO_BIDDING_ROUND,
  moveClockTo,
  publishAward,
  roundIdOf,
  waitForState,
} from './support/round-driver';

const browser = useBrowser();
const DEMAND_ROUND = 'NVBP11-DEMO';
const office = (code: string, page: string) => `/office/rounds/${code}/${page}`;
/** a change reaches the page within the API's watch interval (1 s) and a busy machine's delays */
const LIVE = { timeout: 15_000 };

async function confirmStep(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: '确认执行' }).click();
}

describe('the office watches demand, region selection and agreed volumes', () => {
  it('sees demand reporting progress by region on a map of China and as a table; locking is refused while the window is open', async () => {
    // more hospitals report: Tianjin's all, half of Hebei's, two of Sichuan's (the map's bands)
    const base = browser.baseUrl();
    const demandRound = await roundIdOf(base, DEMAND_ROUND);
    const logins = [
      ...Array.from({ length: 9 }, (_, i) => `hospital.tj${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `hospital.he${i + 1}`),
      'hospital.sc1',
      'hospital.sc2',
    ];
    for (const login of logins) {
      const hospital = await client(base, login);
      const path = { params: { path: { roundId: demandRound } } };
      const [product] = ok(await hospital.GET('/rounds/{roundId}/products', path), 'catalogue').items;
      ok(
        await hospital.PUT('/rounds/{roundId}/demand/{productCode}', {
          params: { path: { roundId: demandRound, productCode: product!.code } },
          body: { quantity: 12_000 },
        }),
        `${login} reports`,
      );
    }

    const page = await browser.page('office-demand');
    await signIn(page, 'office.admin');
    await page.goto(office(DEMAND_ROUND, 'demand'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('报量进度');
    expect(await page.locator('nav.round-nav a[aria-current="page"]').textContent()).toBe('报量进度');
    // the map: an SVG drawn on the server, one area per province, named for screen readers
    const map = page.getByRole('img', { name: /报量进度地图/ });
    expect(await map.locator('svg path').count()).toBeGreaterThan(30);
    expect(await map.locator('svg').textContent()).toContain('北京');
    // the table is the map's text: every region of the round, hospitals reported of all
    const rows = page.locator('table.progress tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(30);
    const beijing = rows.filter({ has: page.getByRole('rowheader', { name: '北京市' }) });
    expect(await beijing.locator('td').first().textContent()).toMatch(/^\d+ \/ \d+$/);
    const tianjin = rows.filter({ has: page.getByRole('rowheader', { name: '天津市' }) });
    expect(await tianjin.locator('td').nth(1).textContent()).toBe('100%');
    // listed in the order of the division codes: 北京 first
    expect(await rows.first().locator('th').textContent()).toBe('北京市');
    expect(await page.locator('a[href$="/demand/totals/export?format=xlsx"]').count()).toBe(1);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-demand-map');

    // without JavaScript: the lock asks first, then the API's refusal stands beside the step
    const plain = await browser.page('office-demand-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(office(DEMAND_ROUND, 'demand'));
    await confirmStep(plain, '锁定报量');
    expect(await plain.locator('#lockDemand-error').textContent()).toContain('报量期结束后才能锁定报量');
  }, 180_000);

  it('starts region selection, watches the turns live and sees a turn that ran out taken by default', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);
    await publishAward(base, roundId);

    const page = await browser.page('office-selection');
    await signIn(page, 'office.admin');
    await page.goto(office(DEMO_BIDDING_ROUND, 'selection'), { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('地区选择');
    await expectAccessible(page);
    await confirmStep(page, '开始选择供应地区');
    await expect.poll(() => page.locator('.live').textContent(), LIVE).toContain('实时更新');
    expect(await page.locator('.current-turn').first().textContent()).toContain('第 1');
    // nobody picks: the first turns run out on the rehearsal clock and the rule picks for them
    const office_ = await client(base, 'office.admin');
    const selection = ok(
      await office_.GET('/rounds/{roundId}/region-selection', { params: { path: { roundId } } }),
      'selection',
    );
    const deadline = selection.entries.flatMap((e) =>
      e.currentTurn ? [Date.parse(e.currentTurn.deadline)] : [],
    )[0];
    if (!deadline) throw new Error('no turn is open');
    await moveClockTo(base, roundId, new Date(deadline + 1000));
    await expect
      .poll(() => page.locator('.picks tbody tr', { hasText: '默认选择（超时）' }).count(), LIVE)
      .toBeGreaterThan(0);
    // the count above the room follows the stream too
    await expect
      .poll(() => page.locator('p.summary').textContent(), LIVE)
      .toMatch(/超时默认分配 [1-9]\d* 次/);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-selection', { fullPage: false });
    // the summary counts them when the page is read again (also without JavaScript)
    const plain = await browser.page('office-selection-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(office(DEMO_BIDDING_ROUND, 'selection'));
    expect(await plain.locator('p.summary').textContent()).toMatch(/超时默认分配 [1-9]\d* 次/);
    expect(await plain.locator('.live').textContent()).toContain('刷新');
  }, 420_000);

  it('shows agreed volumes by region and by company as stacked bars and tables, with the exports', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    // the rest of region selection runs out: a month later every turn has taken its default pick
    await moveClockTo(base, roundId, new Date(Date.now() + 60 * 24 * 3600_000));
    await waitForState(base, roundId, 'volumes-agreed', 120_000);

    const page = await browser.page('office-volumes');
    await signIn(page, 'office.admin');
    await page.goto(office(DEMO_BIDDING_ROUND, 'volumes'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('约定采购量总览');
    const byRegion = page.getByRole('img', { name: '各地区约定采购金额（按中选企业分色）' });
    const byCompany = page.getByRole('img', { name: '各中选企业约定采购金额（按品种分色）' });
    for (const chart of [byRegion, byCompany])
      expect(await chart.locator('svg path').count()).toBeGreaterThan(5);
    const regionRows = page.locator('section[aria-labelledby="by-region-title"] tbody tr');
    const companyRows = page.locator('section[aria-labelledby="by-company-title"] tbody tr');
    expect(await regionRows.count()).toBeGreaterThan(1);
    expect(await companyRows.count()).toBeGreaterThan(1);
    // amounts are exact yuan with two decimals, largest first
    expect(await regionRows.first().locator('td').last().textContent()).toMatch(/^[\d,]+\.\d{2}$/);
    for (const format of ['xlsx', 'csv']) {
      const link = page.locator(`a[href$="/agreed-volumes/export?format=${format}"]`);
      const answer = await page.request.get((await link.getAttribute('href')) as string);
      expect(answer.status()).toBe(200);
    }
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-volumes');
  }, 240_000);
});
