import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { client, companiesBid, DEMO_BIDDING_ROUND, roundIdOf, takeShare } from './support/round-driver';

const browser = useBrowser();
const ROUND_PAGE = `/office/rounds/${DEMO_BIDDING_ROUND}`;

/** The round's state as the office page shows it, reloading until it is `state` (the scheduler beats every 0.2 s). */
async function expectState(page: Page, state: string) {
  await expect
    .poll(
      async () => {
        await page.goto(ROUND_PAGE);
        return page.locator('p.status [data-state]').getAttribute('data-state');
      },
      { timeout: 15_000, interval: 300 },
    )
    .toBe(state);
}

/** Clicks an irreversible step's button, then the confirmation step's. */
async function confirmStep(page: Page, button: string | RegExp) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: '确认执行' }).click();
}

/** Two officials hand in their key shares (their own pages are another test's): the bids open. */
async function officialsOpen(baseUrl: string, roundId: string) {
  for (const login of ['office.official1', 'office.official2']) {
    const share = await takeShare(baseUrl, roundId, login);
    if (!share) throw new Error(`${login}'s share was taken outside this test`);
    const official = await client(baseUrl, login);
    ok(
      await official.POST('/rounds/{roundId}/opening/shares', {
        params: { path: { roundId } },
        body: { share },
      }),
      `${login} hands in the share`,
    );
  }
}

describe('the office console takes the demo round from bidding to region selection', () => {
  it('is the office admin’s alone: anyone else gets the page-not-found answer', async () => {
    const page = await browser.page('company');
    expect((await page.goto('/office'))?.status()).toBe(404);
    await signIn(page, 'company.c01');
    expect((await page.goto(ROUND_PAGE))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
  });

  it('moves the rehearsal clock, opens, publishes the proposed winners and the award, starts region selection', async () => {
    const baseUrl = browser.baseUrl();
    const roundId = await roundIdOf(baseUrl);
    await companiesBid(baseUrl, roundId);

    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office');
    const row = page.getByRole('row', { name: new RegExp(DEMO_BIDDING_ROUND) });
    expect(await row.textContent()).toContain('投标中');
    expect(await row.getByRole('timer').textContent()).toMatch(/剩余 \d+ 天/);
    await expectAccessible(page);

    // a wrong time: the message next to the field, the round untouched
    await row.getByRole('link', { name: DEMO_BIDDING_ROUND }).click();
    await page.waitForURL(`**${ROUND_PAGE}`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: '演练时钟' }).count()).toBe(1);
    await page.getByLabel('跳到（北京时间）').fill('2026/12/12 10:01');
    await page.getByRole('button', { name: '设置演练时钟' }).click();
    await expect.poll(() => page.locator('#clock-at-error').textContent()).toContain('YYYY-MM-DD HH:mm');
    expect(await page.getByLabel('跳到（北京时间）').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('跳到（北京时间）').inputValue()).toBe('2026/12/12 10:01');

    // past the bidding deadline: asked once more, then the scheduler closes bidding
    await page.getByRole('button', { name: /跳到投标截止之后/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('不能撤回');
    await expectAccessible(page);
    await page.getByRole('button', { name: '确认执行' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('演练时钟已设置');
    await expectState(page, 'bidding-closed');
    expect(await page.locator('main').textContent()).toContain('演练时钟运行中');

    // the officials open; the evaluation runs with the k-th share (and again when revival closes)
    await officialsOpen(baseUrl, roundId);
    await page.goto(ROUND_PAGE);
    if ((await page.locator('p.status [data-state]').getAttribute('data-state')) === 'revival-window') {
      await confirmStep(page, '结束复活应答期');
    }
    await expectState(page, 'evaluated');
    expect(await page.locator('#evaluation-title').textContent()).toBe('评审结果');
    // the downloads are links to the API's exports, fetched as the signed-in office admin
    const xlsxLink = page.locator('a[href$="/evaluation/result/export?format=xlsx"]');
    expect(await xlsxLink.textContent()).toBe('Excel（.xlsx）');
    const download = await page.request.get((await xlsxLink.getAttribute('href')) as string);
    expect(download.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await page.locator('a[href$="/demand/totals/export?format=csv"]').count()).toBe(1);
    expect(await page.locator('section:has(#evaluation-title) dd').first().textContent()).toMatch(
      /^[0-9a-f]{64}$/,
    );

    await confirmStep(page, '发布拟中选结果公示');
    await expect
      .poll(() => page.locator('p.status [data-state]').getAttribute('data-state'))
      .toBe('objection-period');
    expect(await page.locator('p.status').textContent()).toContain('拟中选结果公示（异议期）');

    // too early for the award: the API's refusal shows beside the step
    await confirmStep(page, '公布中选结果');
    await expect.poll(() => page.locator('#publishAward-error').textContent()).toContain('异议期尚未结束');

    // a company objects; the office answers it on the page
    const company = await client(baseUrl, 'company.c01');
    const registrations = ok(
      await company.GET('/rounds/{roundId}/registrations', { params: { path: { roundId } } }),
      'registrations',
    ).items;
    const productCode = registrations[0]?.productCode as string;
    const statement = '我司报价的单位可比价计算有误，请复核。';
    ok(
      await company.POST('/rounds/{roundId}/objections', {
        params: { path: { roundId } },
        body: { type: 'price-calculation', productCode, statement },
      }),
      'file an objection',
    );
    await page.goto(ROUND_PAGE);
    expect(await page.locator('blockquote').textContent()).toBe(statement);
    await page.getByRole('button', { name: '提交答复' }).click();
    await expect.poll(() => page.locator('[id^="answer-"][id$="-error"]').textContent()).toBe('请填写答复');
    await page.getByLabel('答复', { exact: true }).fill('经复核，计算无误，异议不成立。');
    await confirmStep(page, '提交答复');
    await expect.poll(() => page.locator('.objection').textContent()).toContain('经复核，计算无误');
    await expectAccessible(page);

    // the award, with JavaScript off: past the objection period, then publish
    const plain = await browser.page('office-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(ROUND_PAGE);
    await plain.getByRole('button', { name: /跳到异议期结束之后/ }).click();
    await plain.getByRole('button', { name: '确认执行' }).click();
    expect(await plain.getByRole('status').textContent()).toContain('演练时钟已设置');
    await plain.goto(ROUND_PAGE);
    await confirmStep(plain, '公布中选结果');
    expect(await plain.locator('p.status [data-state]').getAttribute('data-state')).toBe('awarded');

    await page.goto(ROUND_PAGE);
    await confirmStep(page, '开始选择供应地区');
    await expect
      .poll(() => page.locator('p.status [data-state]').getAttribute('data-state'))
      .toBe('region-selection');
    const selection = page.locator('section:has(#selection-title)');
    expect(await selection.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.deadline').textContent()).toContain('本轮选区时限');
    await expectAccessible(page);
  }, 120_000);
});
