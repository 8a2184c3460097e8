import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { client, roundIdOf } from './support/round-driver';

const browser = useBrowser();
const EXECUTION_ROUND = 'NVBP5-DEMO';
const office = (page: string) => `/office/rounds/${EXECUTION_ROUND}/${page}`;

/** A product whose primary in BJ has a backup there (the demo's own activation is elsewhere). */
async function beijingFailure() {
  const base = browser.baseUrl();
  const roundId = await roundIdOf(base, EXECUTION_ROUND);
  const api = await client(base, 'office.admin');
  const regions = ok(
    await api.GET('/rounds/{roundId}/backup-regions', { params: { path: { roundId } } }),
    'backup regions',
  ).items;
  const bj = regions.find((r) => r.regionCode === 'BJ' && r.backupCompanyId && r.primaryCompanyId);
  if (!bj) throw new Error('no product with a backup in BJ in the demo execution round');
  return bj;
}

describe('backup supply (断供) and the listing (挂网)', () => {
  it('the listing is public: signed out, anyone reads it, filters it and reads each change with its reason', async () => {
    const page = await browser.page('public-listings');
    await page.goto('/listings');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('挂网目录');
    expect(
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '挂网目录' }).count(),
    ).toBe(1);
    // the demo's winners at their awarded price, and a company that did not bid, delisted
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('tbody').textContent()).toContain('按中选价格挂网');
    await expectAccessible(page);
    await saveDocScreenshot(page, 'public-listings');

    await page.getByLabel('状态').selectOption('delisted');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'delisted');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('未参加本批次报价，撤网');
    await rows.first().getByRole('link', { name: '变更记录' }).click();
    await page.waitForURL(/\/listings\/[0-9a-f-]{36}$/);
    const history = page.locator('table tbody tr');
    expect(await history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('撤网');
    expect(await history.last().textContent()).toContain('集采前已在本平台挂网');
    await expectAccessible(page);
  }, 120_000);

  it('the office activates the backup for a region without JavaScript: refused without a reason, then done', async () => {
    const bj = await beijingFailure();
    const page = await browser.page('office-backup-no-js', { javaScript: false });
    await signIn(page, 'office.admin');
    await page.goto(office('backup'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('启用备供（断供处置）');
    // the demo's own activation is listed
    const past = page.locator('section[aria-labelledby="backup-list-title"] tbody tr');
    expect(await past.count()).toBe(1);

    // a GET form picks the product, then the failed primary
    await page.getByLabel('产品', { exact: true }).selectOption(`${bj.productId}|${bj.groupKey ?? ''}`);
    await page.getByRole('button', { name: '选择产品' }).click();
    await page.getByLabel('断供企业（主供）').selectOption(bj.primaryCompanyId as string);
    await page.getByRole('button', { name: '选择企业' }).click();
    const beijing = page.getByRole('checkbox', { name: /北京/ });
    expect(await page.locator('fieldset').first().textContent()).toContain(
      `备供企业：${bj.backupCompanyName}`,
    );
    await beijing.check();
    await page.getByRole('button', { name: '启用备供' }).click();
    expect(await page.locator('#backup-reason-error').textContent()).toBe('请填写理由');
    // what was chosen stays chosen
    expect(await page.getByRole('checkbox', { name: /北京/ }).isChecked()).toBe(true);

    await page.getByLabel('断供情况及处置理由').fill('北京地区连续两个月未按约配送');
    await page.getByRole('button', { name: '启用备供' }).click();
    expect(await page.getByRole('status').textContent()).toMatch(/已启用备供：BJ，新签购销协议 \d+ 份/);
    expect(await past.count()).toBe(2);
    expect(await past.first().textContent()).toContain('北京地区连续两个月未按约配送');

    // the same page with JavaScript, as the office reads it
    const seen = await browser.page('office-backup');
    await signIn(seen, 'office.admin');
    await seen.goto(
      `${office('backup')}?entry=${bj.productId}|${bj.groupKey ?? ''}&company=${bj.primaryCompanyId}`,
    );
    await expectAccessible(seen);
    await saveDocScreenshot(seen, 'office-backup');
  }, 180_000);

  it('the office applies the listing rules (nothing new after the demo did) and delists with a reason', async () => {
    const page = await browser.page('office-listing');
    await signIn(page, 'office.admin');
    await page.goto(office('listing'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('挂网管理');
    await page.getByRole('button', { name: '执行挂网规则' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已执行挂网规则，变更 0 条。');
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-listing');

    const winner = page.locator('tbody tr').filter({ hasText: '中选' }).first();
    await winner.getByRole('link', { name: '变更', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has('listing'));
    await page.getByRole('radio', { name: '撤网' }).check();
    await page.getByRole('button', { name: '提交变更' }).click();
    await expect.poll(() => page.locator('#listing-change-reason-error').textContent()).toBe('请填写理由');
    await page.getByLabel('理由').first().fill('药品质量抽检不合格，暂停挂网');
    await page.getByRole('button', { name: '提交变更' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('挂网记录已变更。');
    await expectAccessible(page);

    const signedOut = await browser.page('public-after-change');
    await signedOut.goto('/listings?status=delisted');
    await expect.poll(() => signedOut.locator('tbody tr').count()).toBe(2);
    expect(await signedOut.locator('tbody').textContent()).toContain('集采办决定');
  }, 180_000);
});
