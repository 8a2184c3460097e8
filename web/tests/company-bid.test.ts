import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { apiAs, ok } from './support/api';
import { signIn, useBrowser } from './support/browser';

const browser = useBrowser();
const ROUND = 'NVBP7-DEMO';

/** The first product section of the bid page, and its code. */
async function firstProduct(page: Page): Promise<{ section: Locator; code: string }> {
  const section = page.locator('section.product').first();
  const code = (await section.locator('input[name=productCode]').first().inputValue()) as string;
  return { section, code };
}

async function myReceipts(login: string) {
  const client = await apiAs(browser.baseUrl(), login);
  const mine = ok(
    await client.GET('/rounds/{roundId}/bids/mine', { params: { path: { roundId: ROUND } } }),
    'my bids',
  );
  return mine.items;
}

describe("a company's bid, from sign-in to a verified receipt", () => {
  it('bids once for a double click, verifies, replaces, withdraws, loads the receipt elsewhere', async () => {
    const page = await browser.page('company');
    await signIn(page, 'company.c01');
    await page.goto('/company');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('我的投标');
    const row = page.getByRole('row').filter({ hasText: ROUND });
    expect(await row.getByRole('timer').textContent()).toMatch(/剩余 \d+ 天 \d\d:\d\d:\d\d/);
    await expectAccessible(page);
    await row.getByRole('link', { name: '进入报价' }).click();
    await page.waitForURL(`**/company/rounds/${ROUND}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=receipt], section.product') !== null,
    );

    const { section, code } = await firstProduct(page);
    expect(await section.getByTestId('current-bid').textContent()).toContain('尚未报价');
    const price = section.getByLabel('申报价（元/盒）');
    // the rules' figures as one types: over the ceiling, then within it
    await price.fill('99999.00');
    await expect
      .poll(() => section.getByTestId('ceiling-check').textContent())
      .toContain('超过最高有效申报价');
    await price.fill('12.80');
    await expect.poll(() => section.getByTestId('ceiling-check').textContent()).toContain('未超过');
    expect(await section.getByTestId('ucp').textContent()).toMatch(/^\d+\.\d{4}$/);
    await expectAccessible(page);

    await section.getByRole('button', { name: '提交报价' }).dblclick();
    const receipt = section.getByTestId('receipt');
    await expect
      .poll(() => receipt.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('已验证');
    expect(await receipt.textContent()).toContain('12.80');
    await expect.poll(() => section.getByTestId('current-bid').textContent()).toContain('12.80');
    let listed = (await myReceipts('company.c01')).find((r) => r.productCode === code);
    expect(listed?.revision).toBe(1); // a double click made one bid

    // the receipt file, to keep
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      receipt.getByRole('link', { name: /下载回执/ }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'receipt-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ kind: 'bid', productCode: code, revision: 1, bid: { packPrice: '12.80' } });

    // replace: a fresh attempt, a fresh key
    await section.getByLabel('申报价（元/盒）').fill('11.5');
    await section.getByRole('button', { name: '替换报价' }).click();
    await expect
      .poll(() => section.getByTestId('current-bid').textContent(), { timeout: 15_000 })
      .toContain('11.50');
    await expect
      .poll(() => section.getByTestId('receipt').getByRole('status').textContent())
      .toContain('已验证');
    expect(await section.getByTestId('receipt').textContent()).toContain('11.50');

    // the price survives a reload: it comes from the receipt kept in this browser
    await page.reload();
    await expect
      .poll(() => page.locator('section.product').first().getByTestId('current-bid').textContent())
      .toContain('11.50');

    // another browser has no receipt until the company loads its file
    const other = await browser.page('company-elsewhere');
    await signIn(other, 'company.c01');
    await other.goto(`/company/rounds/${ROUND}`);
    const elsewhere = (await firstProduct(other)).section;
    await expect.poll(() => elsewhere.getByTestId('current-bid').textContent()).toContain('不在本浏览器中');
    listed = (await myReceipts('company.c01')).find((r) => r.productCode === code);
    expect(listed?.revision).toBe(2);

    // withdraw
    const first = page.locator('section.product').first();
    await first.getByRole('button', { name: '撤回报价' }).click();
    await expect
      .poll(() => first.getByTestId('current-bid').textContent(), { timeout: 15_000 })
      .toContain('已撤回');
    await expect
      .poll(() => first.getByTestId('receipt').getByRole('status').textContent())
      .toContain('已验证');
    listed = (await myReceipts('company.c01')).find((r) => r.productCode === code);
    expect(listed).toMatchObject({ kind: 'withdrawal', revision: 3 });

    // the first receipt's file, loaded in the other browser, is checked there (and is not current)
    await other.reload();
    await other.getByLabel('选择保存的回执文件').setInputFiles(file);
    await expect
      .poll(() => other.locator('#receipt-load-heading ~ [role=status]').textContent())
      .toContain('已载入');
  });
});

describe('a dropped connection', () => {
  it('sends the same attempt again: one bid, and the receipt it was answered', async () => {
    const page = await browser.page('dropped');
    await signIn(page, 'company.c04');
    await page.goto(`/company/rounds/${ROUND}`);
    const { section, code } = await firstProduct(page);
    await section.getByLabel('申报价（元/盒）').fill('10.10');
    let drops = 0;
    // the bid reaches the platform, its answer never reaches the browser
    await page.route(
      (url) => url.pathname.startsWith('/company/rounds/'),
      async (route) => {
        if (route.request().method() !== 'POST' || drops > 0) return route.continue();
        drops++;
        await route.fetch();
        await route.abort('connectionreset');
      },
    );
    await section.getByRole('button', { name: '提交报价' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toContain('连接中断');
    expect((await myReceipts('company.c04')).find((r) => r.productCode === code)?.revision).toBe(1);
    await section.getByRole('button', { name: '提交报价' }).click();
    await expect
      .poll(() => section.getByTestId('receipt').getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('已验证');
    expect(await section.getByTestId('current-bid').textContent()).toContain('10.10');
    expect((await myReceipts('company.c04')).find((r) => r.productCode === code)?.revision).toBe(1);
  });
});

describe('the bid form without JavaScript', () => {
  it('submits, and shows the API’s message next to the price for a bad one', async () => {
    const page = await browser.page('company-nojs', { javaScript: false });
    await signIn(page, 'company.c02');
    await page.goto(`/company/rounds/${ROUND}`);
    const { code } = await firstProduct(page);
    const section = () => page.locator('section.product').first();
    for (const bad of ['12,30', 'abc']) {
      await section().getByLabel('申报价（元/盒）').fill(bad);
      await section().getByRole('button', { name: '提交报价' }).click();
      await page.waitForLoadState();
      const error = page.locator(`#packPrice-error-${code}`);
      expect(await error.textContent()).toContain('应为最多 2 位小数的十进制字符串');
      expect(await section().getByLabel('申报价（元/盒）').getAttribute('aria-describedby')).toContain(
        `packPrice-error-${code}`,
      );
      expect(await section().getByLabel('申报价（元/盒）').inputValue()).toBe(bad);
    }
    await section().getByLabel('申报价（元/盒）').fill('10.00');
    await section().getByRole('button', { name: '提交报价' }).dblclick(); // both carry the attempt's key
    await page.waitForLoadState();
    const receipt = section().getByTestId('receipt');
    expect(await receipt.textContent()).toContain('10.00');
    expect(await receipt.getByRole('status').textContent()).toContain('需要启用 JavaScript');
    expect(await receipt.getByRole('link', { name: /下载回执/ }).getAttribute('href')).toMatch(
      /^data:application\/json/,
    );
    const listed = (await myReceipts('company.c02')).find((r) => r.productCode === code);
    expect(listed?.revision).toBe(1);
  });

  it('answers 404 to another role, like a page that does not exist, and asks a visitor to sign in', async () => {
    const page = await browser.page('hospital');
    await signIn(page, 'office.admin');
    const response = await page.goto(`/company/rounds/${ROUND}`);
    expect(response?.status()).toBe(404);
    expect((await page.goto('/company'))?.status()).toBe(404);
    const visitor = await browser.page('visitor');
    await visitor.goto(`/company/rounds/${ROUND}`);
    expect(new URL(visitor.url()).pathname).toBe('/login'); // signed out: sign in first, then back here
    expect(new URL(visitor.url()).searchParams.get('next')).toBe(`/company/rounds/${ROUND}`);
  });
});
