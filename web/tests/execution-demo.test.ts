import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';

// The demo round in execution (NVBP5-DEMO, api/src/seed/demo-execution.ts) as its people see it on
// the pages the portal has: the office's agreements, a hospital's round, a winner's agreements, the
// region's demand and the public award. The execution pages (orders, payments, progress) come with
// their own tests.
const browser = useBrowser();
const ROUND = 'NVBP5-DEMO';
const NAME = '第五批国家组织药品集采（演示）';

/** The agreement job runs in the platform's primary process from the first start: waits for it. */
async function agreementsIssued(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.goto(`/office/rounds/${ROUND}`);
    const status = await page.getByRole('status').filter({ hasText: '已生成' }).textContent();
    if (status?.includes('已完成') && /已生成 (\d+) \/ \1 份，失败 0 份/.test(status)) return status;
    await page.waitForTimeout(500);
  }
  throw new Error('the agreements of NVBP5-DEMO were not issued');
}

describe('the execution demo round (NVBP5-DEMO)', () => {
  it('the office sees its agreements issued and the agreed volumes of its four regions', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office');
    expect(await page.getByText(NAME).count()).toBeGreaterThan(0);
    // 33 from the award, more when a backup supplier was activated (the listing feature's part)
    const issued = Number(/已生成 (\d+) \//.exec(await agreementsIssued(page))?.[1]);
    expect(issued).toBeGreaterThanOrEqual(33);
    const agreements = page.getByRole('region', { name: '购销协议' });
    expect(await agreements.getByRole('link', { name: '下载' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.goto(`/office/rounds/${ROUND}/volumes`);
    const byRegion = page.getByRole('region', { name: '按地区' });
    const regions = await byRegion.locator('tbody th, tbody td:first-child').allTextContents();
    for (const region of ['北京', '上海', '浙江', '广东'])
      expect(regions.some((r) => r.includes(region))).toBe(true);
    await expectAccessible(page);
  });

  it('a hospital with purchases in the round finds it among its rounds, its lines approved', async () => {
    const page = await browser.page('hospital');
    await signIn(page, 'hospital.bj1');
    await page.goto('/hospital');
    const row = page.getByRole('row').filter({ hasText: ROUND });
    expect(await row.count()).toBe(1);
    expect(await row.locator('td.num').first().textContent()).toContain('3 / 3');
    await expectAccessible(page);
    await row.getByRole('link').click();
    await page.waitForURL(`**/hospital/rounds/${ROUND}`);
    for (const product of ['硫酸氢氯吡格雷片', '瑞舒伐他汀钙片', '恩替卡韦片'])
      expect(await page.getByText(product).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('a winner sees its signed agreements with its hospitals in BJ and ZJ and downloads one (JavaScript off)', async () => {
    const page = await browser.page('company');
    await signIn(page, 'company.c01');
    // the platform's job issues the PDFs after the first start: the page says so until then
    for (let i = 0; i < 60; i++) {
      await page.goto(`/company/rounds/${ROUND}/agreements`);
      if ((await page.getByText('生成中').count()) === 0) break;
      await page.waitForTimeout(500);
    }
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    const regions = await rows.locator('td:nth-child(2)').allTextContents();
    const seen = new Set(regions.map((r) => r.trim()));
    expect(seen.has('北京市') && seen.has('浙江省')).toBe(true);
    await expectAccessible(page);

    const plain = await browser.page('company-no-js', { javaScript: false });
    await signIn(plain, 'company.c01');
    await plain.goto(`/company/rounds/${ROUND}/agreements`);
    const href = await plain.getByRole('link', { name: '下载 PDF' }).first().getAttribute('href');
    const pdf = await plain.request.get(href as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
  });

  it('the region bureau sees its hospitals’ approved demand of the round', async () => {
    const page = await browser.page('bureau');
    await signIn(page, 'bureau.bj');
    await page.goto(`/review/rounds/${ROUND}?status=approved`);
    expect(await page.getByText(NAME).count()).toBeGreaterThan(0);
    expect(await page.getByText('北京协和医院').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('the public reads the award of the round', async () => {
    const page = await browser.page('public');
    await page.goto(`/rounds/${ROUND}/results`);
    expect(await page.getByText('硫酸氢氯吡格雷片').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});

/** Goes to the page as it is and checks it answers and is accessible; its main text for the checks. */
async function visit(page: Page, path: string): Promise<string> {
  const answer = await page.goto(path);
  expect(answer?.status(), path).toBe(200);
  await expectAccessible(page);
  return page.locator('main').innerText();
}

// The execution pages on main when this was written (issue 12.1–12.4): each shows the seeded data.
describe('the execution pages on the demo round', () => {
  it('the hospital sees its agreements in force (signed by both sides), its orders and an overdue invoice', async () => {
    const page = await browser.page('hospital-execution');
    await signIn(page, 'hospital.bj1');
    const agreements = await visit(page, '/hospital/agreements');
    for (const company of ['京华康泰制药有限公司', '石门华康制药有限公司', '辽沈东宇药业有限公司'])
      expect(agreements).toContain(company);
    // all three signed by both sides and in force
    expect(await page.getByText('医疗机构签署').count()).toBe(3);
    expect(await page.getByText('企业签署').count()).toBe(3);
    expect(agreements.match(/执行中/g)?.length).toBe(3 + 1); // and the filter's option
    const orders = await visit(page, `/hospital/orders?round=${ROUND}`);
    expect(orders).toContain('硫酸氢氯吡格雷片');
    const payments = await visit(page, `/hospital/payments?round=${ROUND}`);
    expect(payments).toMatch(/逾期 \d+ 天/);
  });

  it('a winner sees its agreements, its orders and its receivables', async () => {
    const page = await browser.page('company-execution');
    await signIn(page, 'company.c01');
    const agreements = await visit(page, '/company/agreements');
    expect(agreements).toContain('北京协和医院');
    expect(agreements).toContain('执行中');
    const orders = await visit(page, '/company/orders');
    expect(orders).toContain('硫酸氢氯吡格雷片');
    const receivables = await visit(page, '/company/receivables');
    expect(receivables).toMatch(/逾期 \d+ 天/);
  });

  it('the office sees the agreements signed, the progress and the overdue payments', async () => {
    const page = await browser.page('office-execution');
    await signIn(page, 'office.admin');
    const agreements = await visit(page, `/office/rounds/${ROUND}/agreements`);
    // every agreement in force: none waits for a signature
    expect(agreements).toMatch(/待签署\s+0/);
    expect(agreements).toMatch(/执行中\s+\d+/);
    const execution = await visit(page, `/office/rounds/${ROUND}/execution`);
    expect(execution).toContain('硫酸氢氯吡格雷片');
    const payments = await visit(page, `/office/rounds/${ROUND}/payments`);
    expect(payments).not.toContain('没有逾期未回款的发票。');
  });

  it('the region bureau sees its region’s execution', async () => {
    const page = await browser.page('bureau-execution');
    await signIn(page, 'bureau.bj');
    const execution = await visit(page, `/review/rounds/${ROUND}/execution`);
    expect(execution).toContain('硫酸氢氯吡格雷片');
  });
});
