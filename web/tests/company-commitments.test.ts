import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { apiAs, ok } from './support/api';
import { signIn, useBrowser } from './support/browser';

const browser = useBrowser();
const ROUND = 'NVBP7-DEMO';

describe('the commitment check after the deadline', () => {
  it('finds my commitment in the published list and checks it against my receipt', async () => {
    const page = await browser.page('company');
    await signIn(page, 'company.c03');
    await page.goto(`/company/rounds/${ROUND}`);
    const section = page.locator('section.product').first();
    const code = await section.locator('input[name=productCode]').first().inputValue();
    const second = page.locator('section.product').nth(1);
    const secondCode = await second.locator('input[name=productCode]').first().inputValue();
    await section.getByLabel('申报价（元/盒）').fill('8.88');
    await section.getByRole('button', { name: '提交报价' }).click();
    await expect
      .poll(() => section.getByTestId('receipt').getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('已验证');

    // the office moves the round's rehearsal clock past the deadline: the scheduler closes bidding
    const office = await apiAs(browser.baseUrl(), 'office.admin');
    const round = ok(
      await office.GET('/rounds/{roundId}', { params: { path: { roundId: ROUND } } }),
      'round',
    );
    const closesAt = Date.parse(round.calendar?.biddingClosesAt as string);
    ok(
      await office.PUT('/rounds/{roundId}/clock', {
        params: { path: { roundId: round.id } },
        body: { now: new Date(closesAt + 60_000).toISOString(), speed: 1 },
      }),
      'move the clock',
    );
    await expect
      .poll(
        async () =>
          (await office.GET('/rounds/{roundId}', { params: { path: { roundId: ROUND } } })).data?.state,
        {
          timeout: 15_000,
        },
      )
      .not.toBe('bidding-open');

    await page.goto(`/company/rounds/${ROUND}`);
    expect(await page.getByText('投标已截止，不能再提交').count()).toBe(1);
    expect(await page.getByRole('button', { name: '提交报价' }).count()).toBe(0);
    await page.getByRole('link', { name: /查看已公布的承诺值/ }).click();
    await page.waitForURL(`**/company/rounds/${ROUND}/commitments`);
    const mine = page.getByTestId(`commitment-${code}`);
    await expect.poll(() => mine.getByTestId('check').textContent(), { timeout: 15_000 }).toContain('一致');
    expect(await mine.getByTestId('check').textContent()).toContain('已在公布列表中找到');
    expect(await page.getByTestId(`commitment-${secondCode}`).getByTestId('check').textContent()).toContain(
      '未报价',
    );
    await expect.poll(() => page.getByTestId('list-signature').textContent()).toContain('已验证');
    await expectAccessible(page);

    // a receipt altered by hand does not give the commitment: the check says so
    await page.evaluate(
      ({ code }) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('jicai.receipts.')) as string;
        const all = JSON.parse(localStorage.getItem(key) as string);
        all[code][0].bid.packPrice = '7.77';
        localStorage.setItem(key, JSON.stringify(all));
      },
      { code },
    );
    await page.reload();
    await expect
      .poll(() => page.getByTestId(`commitment-${code}`).getByTestId('check').textContent(), {
        timeout: 15_000,
      })
      .toContain('不一致');
  });
});
