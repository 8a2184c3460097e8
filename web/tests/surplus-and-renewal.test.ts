import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { client } from './support/round-driver';

const browser = useBrowser();
/** the demo's round in execution: agreements signed, months of purchases (api/src/seed/demo-execution.ts) */
const ROUND = 'NVBP5-DEMO';

describe('surplus retention (结余留用) and renewal (接续)', () => {
  it('the office and the region bureau grade institutions, the hospital reads its own, the office renews', async () => {
    const baseUrl = browser.baseUrl();

    // the region bureau grades with JavaScript off: a plain form post and a redirect
    const bureau = await browser.page('bureau', { javaScript: false });
    await signIn(bureau, 'bureau.bj');
    await bureau.goto('/review');
    await bureau.locator(`a[href="/review/rounds/${ROUND}/surplus"]`).first().click();
    await bureau.waitForURL(`**/review/rounds/${ROUND}/surplus`);
    expect(await bureau.getByRole('heading', { level: 1 }).textContent()).toBe('结余留用考核');
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
    expect(await graded.locator('ol').textContent()).toMatch(
      /预算 [\d,.]+ − 实际支出 [\d,.]+ = 结余 [−-]?[\d,.]+/,
    );
    // axe runs in a context with JavaScript on: the same page, read by the bureau there
    const bureauJs = await browser.page('bureau-js');
    await signIn(bureauJs, 'bureau.bj');
    await bureauJs.goto(`/review/rounds/${ROUND}/surplus`);
    await expectAccessible(bureauJs);

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
    await office.getByLabel('接续轮次编号').fill('NVBP5-RENEW');
    await office.getByLabel('接续轮次名称').fill('第五批集采接续（演示）');
    await office.getByRole('button', { name: '创建接续轮次' }).click();
    await office.waitForURL('**/office/rounds/NVBP5-RENEW/setup');
    const api = await client(baseUrl, 'office.admin');
    const renewal = ok(
      await api.GET('/rounds/{roundId}', { params: { path: { roundId: 'NVBP5-RENEW' } } }),
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
    await again.getByLabel('接续轮次编号').fill('NVBP5-RENEW2');
    await again.getByLabel('接续轮次名称').fill('再次接续');
    await again.getByRole('button', { name: '创建接续轮次' }).click();
    expect(await again.getByRole('alert').textContent()).toContain('本轮次已接续为 NVBP5-RENEW');
  }, 900_000);
});
