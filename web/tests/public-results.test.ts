import { describe, expect, it } from 'vitest';
import { apiAs, ok } from './support/api';
import { expectAccessible } from './support/axe';
import { useBrowser } from './support/browser';
import {
  companiesBid,
  DEMO_BIDDING_ROUND,
  publishAward,
  publishProposed,
  roundIdOf,
} from './support/round-driver';

const browser = useBrowser();
const ROUND = `/rounds/${DEMO_BIDDING_ROUND}`;

describe('the public, signed out', () => {
  it('reads the rounds, a round’s calendar and catalogue; nothing about bids before the deadline', async () => {
    const page = await browser.page('rounds');
    await page.goto('/rounds');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('集中带量采购轮次');
    expect(await page.getByRole('link', { name: DEMO_BIDDING_ROUND }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'NVBP11-DEMO' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: DEMO_BIDDING_ROUND }).click();
    await page.waitForURL((url) => url.pathname === ROUND);
    expect(await page.locator('.state').textContent()).toContain('申报中');
    expect(await page.getByRole('heading', { name: '时间安排（北京时间）' }).count()).toBe(1);
    const catalogue = page.getByRole('table');
    expect(await catalogue.textContent()).toContain('阿托伐他汀钙片');
    expect(await catalogue.textContent()).toContain('3.0000'); // the 20MG-28 ceiling, per tablet
    expect(await page.getByRole('link', { name: '拟中选及中选结果' }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto(`${ROUND}/results`);
    expect(await page.locator('.notice').textContent()).toContain('开标后公布');
    await page.goto(`${ROUND}/commitments`);
    expect(await page.locator('.notice').textContent()).toContain('申报截止后公布');
    expect(await page.locator('ol.commitments').count()).toBe(0);

    const missing = await page.goto('/rounds/NO-SUCH-ROUND');
    expect(missing?.status()).toBe(404);
  });

  it('reads the notices (an outage) and the audit digests page', async () => {
    const admin = await apiAs(browser.baseUrl(), 'office.admin');
    const hour = 3_600_000;
    ok(
      await admin.POST('/outages', {
        body: {
          startsAt: new Date(Date.now() - 3 * hour).toISOString(),
          endsAt: new Date(Date.now() - 2 * hour).toISOString(),
          cause: '机房供电中断',
        },
        headers: { origin: browser.baseUrl() },
      }),
      'record an outage',
    );
    const page = await browser.page('notices');
    await page.goto('/notices');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('公告');
    expect(await page.locator('ol.notices').textContent()).toContain('机房供电中断');
    await expectAccessible(page);
    await page.goto('/audit');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('审计摘要');
    await expectAccessible(page);
  });

  it('reads the proposed winners, then the award: prices, reductions, chart, hashes and the command', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);
    await publishProposed(base, roundId);

    const page = await browser.page('results');
    await page.goto(`${ROUND}/results`);
    expect(await page.getByRole('heading', { level: 2, name: '拟中选结果（公示中）' }).count()).toBe(1);
    const atorvastatin = page.locator('section.product', { hasText: '阿托伐他汀钙片' });
    const table = await atorvastatin.getByRole('table').textContent();
    expect(table).toContain('拟中选');
    expect(table).toMatch(/\d+\.\d\d%/); // reductions against the ceiling
    expect(await atorvastatin.textContent()).toContain('最高有效申报价 3.0000 元/单位（20MG-28）');
    expect(await atorvastatin.locator('.chart svg').count()).toBe(1);
    // the page is plain HTML: no script of its own
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);

    const anonymous = await fetch(`${base}/api/rounds/${roundId}/evaluation`);
    const record = (await anonymous.json()) as { inputSha256: string; outputSha256: string; seq: number };
    expect(await page.locator('code.input-sha').textContent()).toBe(record.inputSha256);
    expect(await page.locator('code.output-sha').textContent()).toBe(record.outputSha256);
    const command = await page.locator('pre.command').textContent();
    expect(command).toContain(`/api/rounds/${roundId}/evaluation/input.json?seq=${record.seq}`);
    expect(command).toContain('./jicai evaluate input.json > output.json');
    await expectAccessible(page);

    await publishAward(base, roundId);
    // signed-out visitors share a render for up to a second (lib/server/public-page-cache.ts)
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByRole('heading', { level: 2, name: '中选结果', exact: true }).count();
      })
      .toBe(1);
    const awarded = await page
      .locator('section.product', { hasText: '阿托伐他汀钙片' })
      .getByRole('table')
      .textContent();
    expect(awarded).toContain('中选');
    expect(awarded).not.toContain('拟中选');
    expect(awarded).toMatch(/\d+\.\d\d/); // the awarded pack price

    await page.goto(`${ROUND}/commitments`);
    expect(await page.locator('ol.commitments li').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    const en = await browser.page('results-en', { locale: 'en' });
    await en.goto(`${ROUND}/results`);
    expect(await en.getByRole('heading', { level: 2, name: 'Award' }).count()).toBe(1);
    expect(await en.locator('section.product').first().textContent()).toContain('Ceiling');
    await expectAccessible(en);
  });
});
