import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, ok, type ApiClient } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();
const ROUND = 'NVBP11-DEMO';
const QUEUE = `/review/rounds/${ROUND}`;

let hospital: ApiClient;
let reviewer: ApiClient;
let bj1Name: string;
/** hospital.bj1's third product, reported at five times last year's volume: an outlier */
let outlier: { code: string; name: string };
/** hospital.bj1's first product (submitted, ratio near 1): approved with JavaScript on */
let plain: { code: string; name: string };

const putOutlier = () =>
  hospital.PUT('/rounds/{roundId}/demand/{productCode}', {
    params: { path: { roundId: ROUND, productCode: outlier.code } },
    body: { quantity: 50_000, lastYearVolume: 10_000 },
  });

beforeAll(async () => {
  const base = browser.baseUrl();
  hospital = await apiAs(base, 'hospital.bj1');
  reviewer = await apiAs(base, 'bureau.bj');
  const products = ok(
    await hospital.GET('/rounds/{roundId}/products', { params: { path: { roundId: ROUND } } }),
    'catalogue',
  ).items;
  const mine = ok(
    await hospital.GET('/rounds/{roundId}/demand', { params: { path: { roundId: ROUND }, query: {} } }),
    'my reports',
  ).items;
  // the demo leaves hospital.bj1 two products to report, and one reported by generic name
  const generic = mine.find((r) => r.brandCompanyId === null && r.status === 'submitted');
  const unreported = products.find((p) => !mine.some((r) => r.productCode === p.code));
  const nameOf = (code: string) => products.find((p) => p.code === code)?.name ?? code;
  if (!generic || !unreported) throw new Error('the demo no longer leaves hospital.bj1 a product to report');
  plain = { code: generic.productCode, name: nameOf(generic.productCode) };
  outlier = { code: unreported.code, name: unreported.name };
  const report = ok(await putOutlier(), 'hospital.bj1 reports an outlier');
  bj1Name = report.hospitalName;
}, 120_000);

/** The queue's row of a hospital's product. */
const rowOf = (page: Page, product: string) =>
  page.locator('table.queue tbody tr').filter({ hasText: bj1Name }).filter({ hasText: product });

describe('the region reviewer (报量审核)', () => {
  it('bureau.bj cannot see or act on a report of Shanghai: 404', async () => {
    const office = await apiAs(browser.baseUrl(), 'office.admin');
    const sh = ok(
      await office.GET('/rounds/{roundId}/demand/queue', {
        params: { path: { roundId: ROUND }, query: { regionCode: 'SH' } },
      }),
      'the office reads SH',
    ).items[0];
    if (!sh) throw new Error('no SH report in the demo round');
    const approve = await reviewer.POST('/rounds/{roundId}/demand/{reportId}/approve', {
      params: { path: { roundId: ROUND, reportId: sh.id } },
      body: { comment: null },
    });
    expect(approve.response.status).toBe(404);
    const read = await reviewer.GET('/rounds/{roundId}/demand/queue', {
      params: { path: { roundId: ROUND }, query: { regionCode: 'SH' } },
    });
    expect(read.response.status).toBe(404);
    const mine = ok(
      await reviewer.GET('/rounds/{roundId}/demand/queue', {
        params: { path: { roundId: ROUND }, query: {} },
      }),
      'own queue',
    );
    expect(mine.items.every((r) => r.regionCode === 'BJ')).toBe(true);
  });

  it("is the region bureau's: signed out it asks to sign in, a hospital gets 404", async () => {
    const page = await browser.page('others');
    await page.goto(QUEUE);
    expect(new URL(page.url()).pathname).toBe('/login');
    await signIn(page, 'hospital.bj1');
    const answer = await page.goto('/review');
    expect(answer?.status()).toBe(404);
  });

  it('finds the round, filters the queue on the server, sees the outlier, approves one row (JavaScript on)', async () => {
    const page = await browser.page('bureau');
    await signIn(page, 'bureau.bj');
    await page.getByRole('link', { name: '报量审核' }).first().click();
    await page.waitForURL('**/review');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('报量审核');
    const round = page.getByRole('row').filter({ hasText: ROUND });
    expect(await page.locator('.lead').textContent()).toContain('北京市');
    await expectAccessible(page);
    await round.getByRole('link').click();
    await page.waitForURL(`**${QUEUE}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.thresholds').textContent()).toContain('高于上年 2 倍 / 低于上年一半');
    await saveDocScreenshot(page, 'region-review');

    // outliers only: the filter is the API's, the address keeps it
    await page.getByLabel('仅显示异常报量').check();
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('outliers') === '1');
    const rows = page.locator('table.queue tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(outlier.code);
    expect(await rows.first().locator('[data-outlier]').textContent()).toContain('异常：高于上年 2 倍');
    expect(await rows.first().textContent()).toContain('5.00');
    // an outlier has no tick for bulk approval: it is reviewed on its own
    expect(await rows.first().getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page);

    // by hospital name and product, pending ones (the default status)
    await page.goto(`${QUEUE}?q=${encodeURIComponent(bj1Name)}&product=${plain.code}`);
    await page.waitForLoadState('networkidle');
    const row = rowOf(page, plain.code);
    await expect.poll(() => rows.count()).toBe(1);
    await row.getByText('审核', { exact: true }).click();
    // returning needs a reason: the error stands next to the field (the enhanced form's answer)
    await row.getByRole('button', { name: '退回' }).click();
    await expect.poll(() => row.locator('.field-error').textContent()).toContain('请填写退回原因');
    await expectAccessible(page);
    await row.getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已审核通过该报量');
    await expect.poll(() => rows.count()).toBe(0);
    await page.goto(`${QUEUE}?status=approved&q=${encodeURIComponent(bj1Name)}`);
    expect(await rowOf(page, plain.code).locator('.status').textContent()).toBe('已通过');
  });

  it('approves several plain rows at once; the bulk form leaves outliers out', async () => {
    const page = await browser.page('bulk');
    await signIn(page, 'bureau.bj');
    await page.goto(QUEUE);
    await page.waitForLoadState('networkidle');
    const ticks = page.locator('table.queue tbody').getByRole('checkbox');
    const before = await ticks.count();
    expect(before).toBeGreaterThan(0);
    await ticks.first().check();
    await page.getByRole('button', { name: '批量通过所选报量' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已批量审核通过 1 条报量');
    await expect.poll(() => ticks.count()).toBe(before - 1);
  });

  it('returns the outlier with a required reason, without JavaScript; a changed report says so', async () => {
    const page = await browser.page('no-js', { javaScript: false });
    await signIn(page, 'bureau.bj');
    await page.goto(`${QUEUE}?outliers=1`);
    const row = rowOf(page, outlier.code);
    expect(await row.count()).toBe(1);

    // the hospital resubmits while the page is open: the reviewer is told, and reloads
    ok(await putOutlier(), 'hospital.bj1 resubmits');
    await row.getByText('审核', { exact: true }).click();
    await row.getByLabel('退回原因（必填）').fill('报量为上年 5 倍，请说明原因');
    await row.getByRole('button', { name: '退回' }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain('该报量在您打开页面后已被修改');
    await page.getByRole('link', { name: '重新加载' }).click();

    // no reason: the error stands next to the field
    const fresh = rowOf(page, outlier.code);
    await fresh.getByText('审核', { exact: true }).click();
    await fresh.getByRole('button', { name: '退回' }).click();
    const again = rowOf(page, outlier.code);
    expect(await again.locator('.field-error').textContent()).toContain('请填写退回原因');
    await again.getByLabel('退回原因（必填）').fill('报量为上年 5 倍，请说明原因');
    await again.getByRole('button', { name: '退回' }).click();
    expect(await page.getByRole('status').textContent()).toContain('已退回该报量');
    await page.goto(`${QUEUE}?status=returned&outliers=1`);
    expect(await rowOf(page, outlier.code).textContent()).toContain('报量为上年 5 倍，请说明原因');
  }, 120_000);

  it('shows the totals against last year by product, the outlier counted', async () => {
    const page = await browser.page('totals');
    await signIn(page, 'bureau.bj');
    await page.goto(QUEUE);
    await page.getByRole('link', { name: '与上年用量对比' }).click();
    await page.waitForURL(`**${QUEUE}/totals`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('与上年用量对比');
    const row = page.locator(`tr[data-product="${outlier.code}"]`);
    const cells = await row.locator('td').allTextContents();
    // reports, pending, reported, approved, last year, ratio, outlier reports
    expect(Number(cells[6])).toBeGreaterThanOrEqual(1);
    expect(cells[2]).toMatch(/\d/);
    expect(await page.locator('caption').textContent()).toContain('北京市');
    // the same figures as bars, drawn on the server (an SVG, no chart script)
    expect(
      await page.getByRole('img', { name: '北京市各药品报量与上年用量对比' }).locator('svg').count(),
    ).toBe(1);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'region-review-totals');
  });
});
