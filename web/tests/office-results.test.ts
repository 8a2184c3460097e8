import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import {
  client,
  closeBidding,
  companiesBid,
  DEMO_BIDDING_ROUND,
  moveClockTo,
  openBids,
  publishProposed,
  roundIdOf,
  roundState,
} from './support/round-driver';

const browser = useBrowser();
const ROUND = `/office/rounds/${DEMO_BIDDING_ROUND}`;

/** Clicks an irreversible step's button, then the confirmation step's. */
async function confirmStep(page: Page, button: string | RegExp) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: '确认执行' }).click();
}

describe('the office reads the evaluation, compares rulesets, answers objections and awards', () => {
  it('shows nothing of the evaluation before the opening', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto(`${ROUND}/results`);
    expect(await page.locator('main').textContent()).toContain('尚未开标');
    expect(await page.locator('table').count()).toBe(0);
    await expectAccessible(page);
  });

  it('lists every product’s result, filters on the server and runs a what-if against another ruleset', async () => {
    const baseUrl = browser.baseUrl();
    const roundId = await roundIdOf(baseUrl);
    await companiesBid(baseUrl, roundId);
    await closeBidding(baseUrl, roundId);

    // the opening console: how many of the k key shares are in
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto(ROUND);
    expect(await page.locator('p.shares').textContent()).toContain('已提交密钥分片：0 / 2（共 3 位开标官）');
    await expectAccessible(page);

    await openBids(baseUrl, roundId);
    await page.goto(`${ROUND}/results`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('评审结果');
    expect(await page.locator('main').textContent()).toContain('第 1 次评审');
    const products = page.locator('section.product');
    expect(await products.count()).toBeGreaterThan(0);
    expect(await products.first().textContent()).toContain('约定采购量');
    // every bid says why it came out as it did
    expect(await page.locator('td.why').first().textContent()).toMatch(/满足价格条件|未入围|价格条件|无效/);
    await expectAccessible(page);

    // the filter is a GET form: the server answers only the products with that status
    await page.getByLabel('状态').selectOption('awarded');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=awarded/);
    const statuses = await page.locator('section.product dd strong').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['已产生拟中选企业']));

    // 假设比较: the round's own nvbp-7 against the pilot's single lowest-price winner
    await page.getByLabel('基础规则').nth(1).selectOption('nvbp-pilot');
    await page.getByRole('button', { name: '对比' }).click();
    const summary = page.locator('#what-if-result-title');
    await expect.poll(() => summary.textContent()).toContain('nvbp-pilot');
    const diff = page.locator('section.diff');
    expect(await diff.textContent()).toMatch(/[1-9]\d* 个品种结果不同/);
    expect(await diff.locator('.removed').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-results');

    // overrides that are not JSON: the message next to the field, nothing compared
    await page.getByLabel('调整参数（JSON，可留空）').nth(1).fill('spreadMultiple = 2');
    await page.getByRole('button', { name: '对比' }).click();
    await expect.poll(() => page.locator('#b-overrides-error').textContent()).toContain('JSON');
  }, 120_000);

  it('answers an objection (upheld, JavaScript off), which re-runs the evaluation, then awards', async () => {
    const baseUrl = browser.baseUrl();
    const roundId = await roundIdOf(baseUrl);
    await companiesBid(baseUrl, roundId); // done already unless this test runs alone
    await publishProposed(baseUrl, roundId);

    const company = await client(baseUrl, 'company.c05');
    const registrations = ok(
      await company.GET('/rounds/{roundId}/registrations', { params: { path: { roundId } } }),
      'registrations',
    ).items;
    const productCode = registrations[0]?.productCode as string;
    const statement = '我司信用评级记录有误，请更正后重新评审。';
    ok(
      await company.POST('/rounds/{roundId}/objections', {
        params: { path: { roundId } },
        body: { type: 'eligibility', productCode, statement },
      }),
      'file an objection',
    );

    // the inbox (axe runs in a context with JavaScript on)
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto(`${ROUND}/objections`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('异议处理');
    await expectAccessible(page);

    // the reply with JavaScript off: the form posts, the confirmation comes back, then the answer
    const plain = await browser.page('office-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(`${ROUND}/objections?status=open`);
    const objection = plain.locator('.objection');
    expect(await objection.count()).toBe(1);
    expect(await objection.locator('blockquote').textContent()).toBe(statement);
    const heading = await objection.locator('h3').textContent();
    expect(heading).toContain(productCode);
    expect(heading).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // the company by its name

    await objection.getByLabel('异议成立（更正后重新评审）').check();
    await objection.getByLabel('答复', { exact: true }).fill('经核实，更正信用评级后重新评审。');
    await objection.getByText('更正内容（异议成立时填写）').click();
    await objection.getByLabel('更正项').selectOption('creditRank');
    await objection.getByLabel('更正后的值').fill('0');
    await confirmStep(plain, '提交答复');
    expect(await plain.locator('main').textContent()).not.toContain('提交答复');
    await plain.goto(`${ROUND}/objections?status=answered`);
    expect(await plain.locator('.objection').textContent()).toContain('成立');
    await plain.goto(`${ROUND}/objections?status=open`);
    expect(await plain.locator('.objection').count()).toBe(0);
    // the upheld objection republished the evaluation
    await plain.goto(`${ROUND}/results`);
    expect(await plain.locator('main').textContent()).toContain('第 2 次评审');

    // the award once the objection period is over
    const admin = await client(baseUrl, 'office.admin');
    const now = ok(await admin.GET('/rounds/{roundId}/clock', { params: { path: { roundId } } }), 'clock');
    await moveClockTo(baseUrl, roundId, new Date(new Date(now.now).getTime() + 14 * 86_400_000));
    await page.goto(`${ROUND}/objections?status=answered`);
    await expectAccessible(page);
    await plain.goto(`${ROUND}/objections`);
    await confirmStep(plain, '公布中选结果');
    expect(await roundState(baseUrl, roundId)).toBe('awarded');
  }, 180_000);
});
