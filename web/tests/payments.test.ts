import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { ok } from './support/api';
import { client, DEMO_BIDDERS, roundIdOf } from './support/round-driver';

const browser = useBrowser();
/** the demo's round in execution: months of invoices and payments, some overdue */
const EXECUTION = 'NVBP5-DEMO';
const PAYMENTS = `/office/rounds/${EXECUTION}/payments`;
/** the demo places everything on the database's clock: today in Beijing */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('money on time (回款)', () => {
  it('the office sets payment terms, sees prepayments against their minimum and the overdue lists', async () => {
    const page = await browser.page('office-payments');
    await signIn(page, 'office.admin');
    await page.goto(PAYMENTS);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('回款管理');
    expect(await page.locator('nav.round-nav a[aria-current="page"]').textContent()).toBe('回款管理');
    expect(await page.getByText('本批次回款期限：验收后 30 个自然日内').count()).toBe(1);
    // the demo's hospitals each with its prepayment, the minimum beside it
    const accounts = page.getByRole('table', { name: '各医疗机构预付情况' });
    expect(await accounts.locator('tbody tr').count()).toBeGreaterThan(3);
    // overdue by hospital, then by region: the longest overdue first
    const overdue = page.getByRole('table', { name: '按医疗机构' });
    expect(await overdue.locator('tbody tr').count()).toBeGreaterThan(0);
    const days = await overdue.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(days.map(Number)).toEqual([...days.map(Number)].sort((a, b) => b - a));
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-payments');
    await page.getByRole('link', { name: '按地区' }).click();
    await page.waitForURL(/by=region/);
    expect(await page.getByRole('table', { name: '按地区' }).locator('tbody tr').count()).toBeGreaterThan(0);

    // without JavaScript: a region's terms refused beside the field, then the round's terms saved
    const plain = await browser.page('office-payments-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(PAYMENTS);
    await plain.locator('#region-days').fill('0');
    await plain.getByRole('button', { name: '保存地区设置' }).click();
    expect(await plain.locator('#region-days-error').textContent()).toBeTruthy();
    await plain.locator('#terms-days').fill('20');
    await plain.getByLabel('按工作日计算（节假日顺延，调休上班日计入）').first().check();
    await plain.getByRole('button', { name: '保存', exact: true }).click();
    await plain.waitForURL(/saved=terms/);
    expect(await plain.getByText('本批次回款期限：验收后 20 个工作日内').count()).toBe(1);
  }, 180_000);

  it('the hospital sees its open invoices with the overdue marked, its prepayment balance, and records a payment', async () => {
    const page = await browser.page('hospital-payments');
    await signIn(page, 'hospital.bj1');
    await page.goto('/hospital');
    await page.getByRole('link', { name: '回款与医保预付' }).click();
    await page.waitForURL('**/hospital/payments');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('回款');
    expect(await page.getByText('预付余额（元）').count()).toBeGreaterThan(0);
    const invoices = page.getByRole('table', { name: '待回款发票（按回款期限排序）' });
    expect(await invoices.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'hospital-payments');

    // without JavaScript: more than is outstanding is refused beside the amount; a part payment recorded
    const plain = await browser.page('hospital-payments-no-js', { javaScript: false });
    await signIn(plain, 'hospital.bj1');
    await plain.goto('/hospital/payments');
    await plain.locator('#pay-amount').fill('99999999');
    await plain.locator('#pay-paid-on').fill(today());
    await plain.getByRole('button', { name: '登记回款' }).click();
    expect(await plain.locator('#pay-amount-error').textContent()).toContain('超过该发票未付金额');
    await plain.locator('#pay-amount').fill('0.01');
    await plain.locator('#pay-payer').selectOption('insurance-fund');
    await plain.getByRole('button', { name: '登记回款' }).click();
    await plain.waitForURL(/paid=1/);
    expect(await plain.getByText('回款已登记。').count()).toBe(1);
  }, 180_000);

  it('the company sees its receivables, due and overdue, and invoices a delivery the hospital accepted', async () => {
    // hospital.bj1 orders at the awarded price; its supplier confirms and delivers; the hospital accepts 9 of 10
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base, EXECUTION);
    const hospital = await client(base, 'hospital.bj1');
    const path = { params: { path: { roundId } } };
    const lines = ok(await hospital.GET('/rounds/{roundId}/orderable-lines', path), 'orderable lines').items;
    const line = lines.find((l) => l.active)!;
    const order = ok(
      await hospital.POST('/rounds/{roundId}/orders', {
        ...path,
        body: { productCode: line.productCode, packs: 10 },
      }),
      'order',
    );
    let supplier = '';
    for (const login of DEMO_BIDDERS) {
      const me = ok(await (await client(base, login)).GET('/auth/me'), 'me');
      if (me.organisationId === line.companyId) supplier = login;
    }
    const company = await client(base, supplier);
    const orderPath = { params: { path: { roundId, orderId: String(order.id) } } };
    ok(
      await company.POST('/rounds/{roundId}/orders/{orderId}/confirmation', {
        ...orderPath,
        headers: { origin: base }, // a bodiless change: the platform's own origin
      }),
      'confirm',
    );
    const delivery = ok(
      await company.POST('/rounds/{roundId}/orders/{orderId}/deliveries', {
        ...orderPath,
        body: { batchNo: 'PAY-B1', packs: 10, deliveredOn: today() },
      }),
      'deliver',
    );
    ok(
      await hospital.POST('/rounds/{roundId}/deliveries/{deliveryId}/acceptance', {
        params: { path: { roundId, deliveryId: delivery.id } },
        body: { acceptedPacks: 9, shortPacks: 1 },
      }),
      'accept',
    );

    const page = await browser.page('company-receivables');
    await signIn(page, supplier);
    await page.goto('/company');
    await page.getByRole('link', { name: '应收账款与发票' }).click();
    await page.waitForURL('**/company/receivables');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('应收账款');
    const invoices = page.getByRole('table', { name: '已开发票（按回款期限排序）' });
    expect(await invoices.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: '登记发票' }).count()).toBe(1);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'company-receivables');
    // only the overdue, filtered by the API: every row says how many days
    await page.getByRole('link', { name: '已逾期' }).click();
    await page.waitForURL(/status=overdue/);
    const statuses = await invoices.locator('tbody tr td:last-child').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toMatch(/^逾期 \d+ 天$/);

    // without JavaScript: a wrong amount is refused beside the field with the right one; then recorded
    const plain = await browser.page('company-receivables-no-js', { javaScript: false });
    await signIn(plain, supplier);
    await plain.goto('/company/receivables');
    await plain.locator('#invoice-delivery').selectOption(delivery.id);
    await plain.locator('#invoice-number').fill('PAY-TEST-0001');
    await plain.locator('#invoice-issued-on').fill(today());
    await plain.locator('#invoice-amount').fill('1.00');
    await plain.getByRole('button', { name: '登记发票' }).click();
    expect(await plain.locator('#invoice-amount-error').textContent()).toContain(
      '须等于验收合格数量 × 中选价格：9 ×',
    );
    const right = ((await plain.locator('#invoice-amount-error').textContent()) ?? '')
      .split('= ')
      .at(-1)!
      .trim();
    await plain.locator('#invoice-amount').fill(right);
    await plain.getByRole('button', { name: '登记发票' }).click();
    await plain.waitForURL(/invoiced=1/);
    expect(await plain.getByText('发票已登记。').count()).toBe(1);
  }, 180_000);
});
