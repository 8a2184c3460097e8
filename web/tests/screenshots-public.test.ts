import { describe, it } from 'vitest';
import { signIn, useBrowser } from './support/browser';
import { apiAs } from './support/api';
import {
  closeBidding,
  companiesBid,
  publishAward,
  publishProposed,
  rememberShare,
  roundIdOf,
} from './support/round-driver';

// The public and custodian screenshots in docs/screenshots: SCREENSHOTS_DIR=../docs/screenshots npx vitest run tests/screenshots-public.test.ts
const DIR = process.env.SCREENSHOTS_DIR ?? '';

describe.skipIf(!DIR)('screenshots of the public and custodian pages (zh-CN and en)', () => {
  const browser = useBrowser();
  it('takes them along the demo round', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    for (const locale of ['zh-CN', 'en'] as const) {
      const p = await browser.page(`r-${locale}`, { locale });
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto('/rounds');
      await p.screenshot({ path: `${DIR}/public-rounds-${locale}.png`, fullPage: true });
      await p.goto('/rounds/NVBP7-DEMO');
      await p.screenshot({ path: `${DIR}/public-round-${locale}.png`, fullPage: true });
      const o = await browser.page(`o-${locale}`, { locale });
      await o.setViewportSize({ width: 1280, height: 900 });
      await signIn(o, 'office.official3');
      await o.goto('/custodian/NVBP7-DEMO');
      await o.screenshot({ path: `${DIR}/custodian-take-${locale}.png`, fullPage: true });
    }
    await companiesBid(base, roundId);
    const o = await browser.page('o1');
    await o.setViewportSize({ width: 1280, height: 900 });
    await signIn(o, 'office.official1');
    await o.goto('/custodian/NVBP7-DEMO');
    await o.getByLabel('我已知晓：密钥份额只显示一次，我将离线保管').check();
    await o.getByRole('button', { name: '领取密钥份额' }).click();
    await o.locator('[data-testid="key-share"]').waitFor();
    await o.screenshot({ path: `${DIR}/custodian-share-zh-CN.png`, fullPage: true });
    const share = ((await o.locator('[data-testid="key-share"]').textContent()) ?? '').trim();
    rememberShare(base, roundId, 'office.official1', share);
    await closeBidding(base, roundId);
    await o.goto('/custodian/NVBP7-DEMO');
    await o.getByRole('textbox', { name: '密钥份额' }).fill(share);
    await o.getByRole('button', { name: '提交密钥份额' }).click();
    await o.locator('text=已提交 1 / 2').waitFor();
    await o.screenshot({ path: `${DIR}/custodian-opening-zh-CN.png`, fullPage: true });
    await publishProposed(base, roundId);
    const r = await browser.page('res');
    await r.setViewportSize({ width: 1280, height: 900 });
    await r.goto('/rounds/NVBP7-DEMO/results');
    await r.screenshot({ path: `${DIR}/public-proposed-zh-CN.png`, fullPage: true });
    await publishAward(base, roundId);
    const admin = await apiAs(base, 'office.admin');
    await admin.POST('/outages', {
      body: {
        startsAt: new Date(Date.now() - 3 * 3600e3).toISOString(),
        endsAt: new Date(Date.now() - 2 * 3600e3).toISOString(),
        cause: '机房供电中断，备用电源切换失败',
      },
      headers: { origin: base },
    });
    for (const locale of ['zh-CN', 'en'] as const) {
      const p = await browser.page(`a-${locale}`, { locale });
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto('/rounds/NVBP7-DEMO/results');
      await p.screenshot({ path: `${DIR}/public-results-${locale}.png`, fullPage: true });
      await p.goto('/rounds/NVBP7-DEMO/commitments');
      await p.screenshot({ path: `${DIR}/public-commitments-${locale}.png` });
      await p.goto('/notices');
      await p.screenshot({ path: `${DIR}/public-notices-${locale}.png` });
      await p.goto('/audit');
      await p.screenshot({ path: `${DIR}/public-audit-${locale}.png` });
    }
  }, 180000);
});
