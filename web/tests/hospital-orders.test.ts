import type { Page } from 'playwright-core';
import { usccCheckCharacter } from '@jicai/domain';
import { describe, expect, it } from 'vitest';
import { apiAs, ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();
const ROUND = 'NVBP5-DEMO'; // the demo round in its purchasing cycle, every agreement signed
const COMPANIES = ['company.c01', 'company.c02', 'company.c03', 'company.c04', 'company.c05'];

/** The company login that is party to the hospital's first active agreement line, and that line. */
async function firstActiveLine(baseUrl: string) {
  const hospital = await apiAs(baseUrl, 'hospital.bj1');
  const lines = ok(
    await hospital.GET('/rounds/{roundId}/orderable-lines', { params: { path: { roundId: ROUND } } }),
    'orderable lines',
  ).items;
  const line = lines.find((l) => l.active);
  if (!line) throw new Error('hospital.bj1 has no active agreement line in the demo');
  for (const login of COMPANIES) {
    const me = ok(await (await apiAs(baseUrl, login)).GET('/auth/me'), 'me');
    if (me.organisationId === line.companyId) return { line, company: login };
  }
  throw new Error(`no demo login for company ${line.companyName}`);
}

const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

describe('orders, deliveries and acceptance in the portal (issue 12.2)', () => {
  it('a hospital orders at the awarded price with JavaScript off; the company confirms and delivers; the hospital accepts', async () => {
    const { line, company } = await firstActiveLine(browser.baseUrl());
    const ref = `BJ1-${Date.now()}`;

    // the hospital, without JavaScript: from its home page to its agreement lines, an order of 3 packs
    const hospital = await browser.page('hospital-no-js', { javaScript: false });
    await signIn(hospital, 'hospital.bj1');
    await hospital.goto('/hospital');
    await hospital.getByRole('link', { name: '采购订单与验收' }).click();
    await hospital.waitForURL('**/hospital/orders');
    await hospital.goto(`/hospital/orders?round=${ROUND}`);
    const lineRow = row(hospital, line.productName).filter({ hasText: line.companyName }).first();
    expect(await lineRow.textContent()).toContain(line.packPrice);
    await lineRow.getByLabel('数量（盒）').fill('3');
    await lineRow.getByLabel('本院订单号（选填）').fill(ref);
    await lineRow.getByRole('button', { name: '下单' }).click();
    await hospital.waitForURL(`**/hospital/orders?round=${ROUND}`);
    const placed = row(hospital, ref);
    expect(await placed.textContent()).toContain('待确认');

    // a refusal is shown next to the form it came from: no packs
    await lineRow.getByLabel('数量（盒）').fill('0');
    await lineRow.getByRole('button', { name: '下单' }).click();
    await hospital.waitForLoadState('load');
    expect(await lineRow.locator('.field-error').textContent()).toBeTruthy();

    // the company: its orders to fill, confirm, record a delivery with its batch number
    const seller = await browser.page('company');
    await signIn(seller, company);
    await seller.goto('/company');
    await seller.getByRole('link', { name: '订单配送与配送企业' }).click();
    await seller.waitForURL('**/company/orders');
    await seller.goto(`/company/orders?round=${ROUND}&status=ordered`);
    const toFill = row(seller, ref);
    await toFill.getByRole('button', { name: '确认订单' }).click();
    await seller.waitForLoadState('networkidle');
    await seller.goto(`/company/orders?round=${ROUND}&status=confirmed`);
    const confirmed = row(seller, ref);
    await confirmed.getByText('登记配送').click();
    await confirmed.getByLabel('批号').fill('B20270510');
    await confirmed.getByLabel('数量（盒）').fill('3');
    await confirmed.getByRole('button', { name: '登记', exact: true }).click();
    // the list as it was (confirmed orders): the order has left it
    await expect.poll(() => row(seller, ref).count(), { timeout: 15_000 }).toBe(0);
    await seller.goto(`/company/orders?round=${ROUND}&status=delivered`);
    expect(await row(seller, ref).textContent()).toContain('已配送');
    await expectAccessible(seller);
    await saveDocScreenshot(seller, 'company-orders');

    // back at the hospital (with JavaScript now): the delivery awaits acceptance; 2 accepted, 1 damaged
    const clerk = await browser.page('hospital');
    await signIn(clerk, 'hospital.bj1');
    await clerk.goto(`/hospital/orders?round=${ROUND}`);
    await expectAccessible(clerk);
    await acceptDamaged(clerk, ref);
  }, 300_000);

  it('a company names a distributor; a wrong USCC is shown next to its field', async () => {
    const seller = await browser.page('distributors');
    await signIn(seller, 'company.c02');
    await seller.goto('/company/orders');
    await seller.getByLabel('企业名称').fill('国药控股北京有限公司');
    const first17 = '91110000100000001';
    const right = usccCheckCharacter(first17);
    const wrong = right === '0' ? '1' : '0';
    await seller.getByLabel('统一社会信用代码').fill(first17 + wrong);
    await seller.getByRole('button', { name: '登记', exact: true }).last().click();
    await expect.poll(() => seller.locator('#distributor-uscc-error').count()).toBe(1);
    await seller.getByLabel('统一社会信用代码').fill(first17 + right);
    await seller.getByLabel('配送地区代码（如 BJ、TJ，留空为不限）').fill('BJ TJ');
    await seller.getByRole('button', { name: '登记', exact: true }).last().click();
    await expect.poll(() => row(seller, '国药控股北京有限公司').count()).toBe(1);
    expect(await row(seller, '国药控股北京有限公司').textContent()).toContain('BJ、TJ');
    await expectAccessible(seller);
  });
});

/** Accepts the delivery of batch B20270510: 2 packs accepted, 1 damaged; the order still owes one. */
async function acceptDamaged(hospital: Page, ref: string) {
  const awaiting = row(hospital, 'B20270510');
  await awaiting.getByLabel('合格').fill('2');
  await awaiting.getByLabel('破损').fill('1');
  await awaiting.getByRole('button', { name: '确认验收' }).click();
  await expect.poll(() => row(hospital, 'B20270510').count(), { timeout: 15_000 }).toBe(0);
  // one pack still owed: the order waits for it
  await expect.poll(() => row(hospital, ref).textContent()).toContain('已确认');
  await expectAccessible(hospital);
  await saveDocScreenshot(hospital, 'hospital-orders');
}
