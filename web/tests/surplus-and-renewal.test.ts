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
  roundIdOf,
  startRegionSelection,
  waitForState,
} from './support/round-driver';

const browser = useBrowser();
const ROUND = DEMO_BIDDING_ROUND;

/**
 * NVBP7-DEMO taken to its agreed volumes (region selection left to run out), then the agreement job
 * started: once its first batch has made the agreement rows the round has institutions to grade.
 */
async function agreedRoundWithAgreements(baseUrl: string) {
  const roundId = await roundIdOf(baseUrl);
  await companiesBid(baseUrl, roundId);
  await startRegionSelection(baseUrl, roundId);
  await moveClockTo(baseUrl, roundId, new Date(Date.now() + 60 * 24 * 3600_000));
  await waitForState(baseUrl, roundId, 'volumes-agreed', 60_000);
  const office = await client(baseUrl, 'office.admin');
  ok(
    await office.POST('/rounds/{roundId}/agreements/generation', {
      params: { path: { roundId } },
      headers: { origin: baseUrl },
    }),
    'start agreements',
  );
  const bureau = await client(baseUrl, 'bureau.bj');
  await expect
    .poll(
      async () =>
        ok(await bureau.GET('/rounds/{roundId}/surplus', { params: { path: { roundId } } }), 'surplus').items
          .length,
      { timeout: 300_000, interval: 1000 },
    )
    .toBeGreaterThan(0);
  return roundId;
}

describe('surplus retention (结余留用) and renewal (接续)', () => {
  it('the office and the region bureau grade institutions, the hospital reads its own, the office renews', async () => {
    const baseUrl = browser.baseUrl();
    await agreedRoundWithAgreements(baseUrl);

    // the region bureau grades with JavaScript off: a plain form post and a redirect
    const bureau = await browser.page('bureau', { javaScript: false });
    await signIn(bureau, 'bureau.bj');
    await bureau.goto('/review');
    await bureau.locator(`a[href="/review/rounds/${ROUND}/surplus"]`).first().click();
    await bureau.waitForURL(`**/review/rounds/${ROUND}/surplus`);
    expect(await bureau.getByRole('heading', { level: 1 }).textContent()).toBe('结余留用考核');
    await expectAccessible(bureau);
    const row = bureau.locator('tbody tr').first();
    const hospital = (await row.locator('th').textContent())?.trim() ?? '';
    expect(await row.textContent()).toContain('待考核');
    await row.getByLabel(`${hospital} 的考核等级`).selectOption('B');
    await row.getByRole('button', { name: '保存等级' }).click();
    await bureau.waitForURL(/saved=/);
    expect(await bureau.getByRole('status').textContent()).toContain(hospital);
    const graded = bureau.locator('tbody tr', { has: bureau.locator('th', { hasText: hospital }) });
    expect(await graded.getByLabel(`${hospital} 的考核等级`).inputValue()).toBe('B');
    expect(await graded.locator('ol').textContent()).toContain('考核等级 B 留用比例 0.40');
    // nobody has bought yet: the whole budget is the surplus
    expect(await graded.locator('ol').textContent()).toMatch(/预算 [\d,.]+ − 实际支出 0\.00 = 结余/);
    await expectAccessible(bureau);

    // the office sees every region, filters by one on the server, and grades too
    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto(`/office/rounds/${ROUND}`);
    await office.getByRole('link', { name: '结余留用' }).click();
    await office.waitForURL(`**/office/rounds/${ROUND}/surplus`);
    await expectAccessible(office);
    await office.getByLabel('区域').selectOption('BJ');
    await office.getByRole('button', { name: '筛选' }).click();
    await office.waitForURL(/regionCode=BJ/);
    const officeRow = office.locator('tbody tr', { has: office.locator('th', { hasText: hospital }) });
    await officeRow.getByLabel(`${hospital} 的考核等级`).selectOption('D');
    await officeRow.getByRole('button', { name: '保存等级' }).click();
    await expect.poll(() => officeRow.locator('ol').textContent()).toContain('考核等级 D 留用比例 0');
    expect(office.url()).toContain('regionCode=BJ');
    await saveDocScreenshot(office, 'office-surplus', { fullPage: false });

    // the hospital reads its own, from its home page
    const hosp = await browser.page('hospital');
    await signIn(hosp, 'hospital.bj1');
    await hosp.goto('/hospital');
    await hosp.getByRole('link', { name: '我的结余留用' }).click();
    await hosp.waitForURL('**/hospital/surplus');
    expect(await hosp.getByRole('heading', { level: 1 }).textContent()).toBe('我的结余留用');
    expect(await hosp.locator('tbody').textContent()).toContain(ROUND);
    await saveDocScreenshot(hosp, 'hospital-surplus');
    await expectAccessible(hosp);

    // the office renews the round: a draft with the same catalogue, then on to its set-up
    await office.goto(`/office/rounds/${ROUND}/renewal`);
    await expectAccessible(office);
    await saveDocScreenshot(office, 'office-renewal');
    await office.getByLabel('接续轮次编号').fill('NVBP7-RENEW');
    await office.getByLabel('接续轮次名称').fill('第七批集采接续（演示）');
    await office.getByRole('button', { name: '创建接续轮次' }).click();
    await office.waitForURL('**/office/rounds/NVBP7-RENEW/setup');
    const api = await client(baseUrl, 'office.admin');
    const renewal = ok(
      await api.GET('/rounds/{roundId}', { params: { path: { roundId: 'NVBP7-RENEW' } } }),
      'renewal',
    );
    const old = ok(await api.GET('/rounds/{roundId}', { params: { path: { roundId: ROUND } } }), 'old');
    expect(renewal.state).toBe('draft');
    expect(renewal.productCount).toBe(old.productCount);
    expect(renewal.regions).toEqual(old.regions);

    // a second renewal is refused, and the form says why (JavaScript off)
    const again = await browser.page('again', { javaScript: false });
    await signIn(again, 'office.admin');
    await again.goto(`/office/rounds/${ROUND}/renewal`);
    await again.getByLabel('接续轮次编号').fill('NVBP7-RENEW2');
    await again.getByLabel('接续轮次名称').fill('再次接续');
    await again.getByRole('button', { name: '创建接续轮次' }).click();
    expect(await again.getByRole('alert').textContent()).toContain('本轮次已接续为 NVBP7-RENEW');
    await expectAccessible(again);
  }, 900_000);
});
