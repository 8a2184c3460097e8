import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();
const ROUND = 'NVBP5-DEMO'; // the demo's round in execution: months of purchases

describe('execution monitoring (执行监测)', () => {
  it('the office reads completion by region, product and month, the alerts, and notes a talk about a non-winning excess with JavaScript off', async () => {
    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto(`/office/rounds/${ROUND}`);
    await office.getByRole('link', { name: '执行监测' }).click();
    await office.waitForURL(`**/office/rounds/${ROUND}/execution`);
    expect(await office.getByRole('heading', { level: 1 }).textContent()).toBe('执行监测');
    // the map and the charts are SVG drawn on the server, with the tables beside them
    await expect.poll(() => office.locator('[role="img"] svg').count()).toBe(3);
    const total = office.getByRole('row').filter({ hasText: '合计' });
    expect(await total.textContent()).toMatch(/%/);
    expect(await office.getByRole('heading', { name: '进度滞后的医疗机构' }).count()).toBe(1);
    expect(await office.getByRole('heading', { name: '配送滞后的企业' }).count()).toBe(1);
    await expectAccessible(office);
    await saveDocScreenshot(office, 'office-execution');

    // the demo's hospital that bought a losing bidder's product over last year's volume: the office
    // notes its talk with JavaScript off (a plain form post)
    const plain = await browser.page('office-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(`/office/rounds/${ROUND}/execution`);
    const section = plain.locator('section', {
      has: plain.getByRole('heading', { name: '非中选产品超上年用量' }),
    });
    const open = section
      .getByRole('row')
      .filter({ has: plain.getByRole('button', { name: '标记为已约谈' }) });
    expect(await open.count()).toBeGreaterThan(0);
    const hospital = (await open.first().locator('td').first().textContent())?.trim() ?? '';
    await open.first().getByLabel('约谈记录').fill('已约谈药剂科主任，要求本季度内改用中选产品');
    await open.first().getByRole('button', { name: '标记为已约谈' }).click();
    await plain.waitForLoadState('load');
    expect(await plain.getByRole('status').textContent()).toContain('已记录约谈');
    // the notified case, as the office reads it again (with JavaScript)
    await office.goto(`/office/rounds/${ROUND}/execution?status=notified`);
    const done = office
      .locator('section', { has: office.getByRole('heading', { name: '非中选产品超上年用量' }) })
      .getByRole('row')
      .filter({ hasText: hospital.split(' ')[0] as string });
    expect(await done.first().textContent()).toContain('已约谈药剂科主任');
    await expectAccessible(office);
  }, 180_000);

  it('the region bureau reads its own region', async () => {
    const bureau = await browser.page('bureau');
    await signIn(bureau, 'bureau.bj');
    await bureau.goto('/review');
    await bureau
      .getByRole('link', { name: /执行监测/ })
      .first()
      .click();
    await bureau.waitForURL(`**/review/rounds/${ROUND}/execution`);
    const regionRows = bureau
      .locator('section', { has: bureau.getByRole('heading', { name: '本地区完成进度' }) })
      .locator('tbody tr');
    expect(await regionRows.count()).toBe(1);
    expect(await regionRows.first().textContent()).toContain('北京');
    await expectAccessible(bureau);
    await saveDocScreenshot(bureau, 'review-execution');
  });

  it('a winner reports its month-end stock and reads its supply figures; the hospital sees its progress', async () => {
    const company = await browser.page('company');
    await signIn(company, 'company.c01');
    await company.goto('/company');
    await company.getByRole('link', { name: '库存报告与供应指标' }).click();
    await company.waitForURL('**/company/inventory');
    const inputs = company.locator('input[name^="stock:"]');
    expect(await inputs.count()).toBeGreaterThan(0);
    const month = await company.getByLabel('月份').inputValue();
    await inputs.first().fill('12x');
    await company.getByRole('button', { name: '提交库存报告' }).click();
    await expect.poll(() => company.locator('.field-error').first().textContent()).toContain('整数');
    await inputs.first().fill('1200');
    await company.getByRole('button', { name: '提交库存报告' }).click();
    await expect.poll(() => company.getByRole('status').textContent()).toContain(month);
    const row = company
      .locator('section', { has: company.getByRole('heading', { name: '各月报告情况' }) })
      .getByRole('row')
      .filter({ has: company.locator('td.mono', { hasText: new RegExp(`^${month}$`) }) });
    expect(await row.textContent()).toContain('1,200');
    expect(await company.getByRole('heading', { name: '我的供应指标' }).count()).toBe(1);
    await expectAccessible(company);
    await saveDocScreenshot(company, 'company-inventory');

    const hospital = await browser.page('hospital');
    await signIn(hospital, 'hospital.bj1');
    await hospital.goto('/hospital');
    const panel = hospital.getByRole('heading', { name: /我的采购进度/ });
    expect(await panel.count()).toBe(1);
    expect(await hospital.locator('section.panel tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(hospital);
  }, 120_000);
});
