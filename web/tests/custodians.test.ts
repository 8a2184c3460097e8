import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { closeBidding, companiesBid, roundIdOf, roundState } from './support/round-driver';

const browser = useBrowser();
const ROUND_PAGE = '/custodian/NVBP7-DEMO';

describe('opening-key custodians (office officials)', () => {
  it('take their share once; nothing about the opening shows before the deadline', async () => {
    const page = await browser.page('official3');
    await signIn(page, 'office.official3');
    await page.goto('/custodian');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('开标密钥保管');
    expect(await page.getByRole('table').textContent()).toContain('2 / 3');
    await expectAccessible(page);
    await page.getByRole('link', { name: '第七批国家组织药品集采（演示）' }).click();
    await page.waitForURL((url) => url.pathname === ROUND_PAGE);
    expect(await page.locator('[data-testid="opening-progress"]').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: '密钥份额' }).count()).toBe(0);
    await expectAccessible(page);

    // without the confirmation the share is not shown, and the error stands next to the box
    await page.getByRole('button', { name: '领取密钥份额' }).click();
    await expect.poll(() => page.locator('#confirm-error').textContent()).toContain('只显示一次');
    await page.getByLabel('我已知晓：密钥份额只显示一次，我将离线保管').check();
    await page.getByRole('button', { name: '领取密钥份额' }).click();
    const share = page.locator('[data-testid="key-share"]');
    await expect.poll(() => share.count()).toBe(1);
    expect((await share.textContent())?.length).toBeGreaterThan(20);
    await expectAccessible(page);
    const again = await page.reload();
    expect(again?.headers()['cache-control']).toBe('private, no-store');
    expect(await page.locator('[data-testid="key-share"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('无法再次显示');
  });

  it('two officials hand in their shares in two browsers (JavaScript off for one); the round opens', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);

    // the shares are taken before the deadline, kept offline
    const shares: string[] = [];
    const pages = [];
    for (const [login, javaScript] of [
      ['office.official1', true],
      ['office.official2', false],
    ] as const) {
      const page = await browser.page(login, { javaScript });
      await signIn(page, login);
      await page.goto(ROUND_PAGE);
      await page.getByLabel('我已知晓：密钥份额只显示一次，我将离线保管').check();
      await page.getByRole('button', { name: '领取密钥份额' }).click();
      await page.locator('[data-testid="key-share"]').waitFor();
      shares.push(((await page.locator('[data-testid="key-share"]').textContent()) ?? '').trim());
      pages.push(page);
    }
    const [first, second] = pages as [(typeof pages)[number], (typeof pages)[number]];

    await closeBidding(base, roundId);
    await first.goto(ROUND_PAGE);
    expect(await first.locator('[data-testid="opening-progress"]').textContent()).toContain('已提交 0 / 2');
    // a wrong share is refused next to the field, and nothing is counted
    await first.getByRole('textbox', { name: '密钥份额' }).fill(shares[1] as string);
    await first.getByRole('button', { name: '提交密钥份额' }).click();
    await expect
      .poll(() => first.locator('#share-error').textContent())
      .toContain('不是本轮次发给您的密钥分片');
    await first.getByRole('textbox', { name: '密钥份额' }).fill(shares[0] as string);
    await first.getByRole('button', { name: '提交密钥份额' }).click();
    await expect
      .poll(() => first.locator('[data-testid="opening-progress"]').textContent())
      .toContain('已提交 1 / 2');
    expect(await first.locator('main').textContent()).toContain('您已提交密钥份额');
    await expectAccessible(first);

    await second.goto(ROUND_PAGE);
    expect(await second.locator('[data-testid="opening-progress"]').textContent()).toContain('已提交 1 / 2');
    await second.getByRole('textbox', { name: '密钥份额' }).fill(shares[1] as string);
    await second.getByRole('button', { name: '提交密钥份额' }).click();
    await second.waitForLoadState();
    expect(await second.locator('main').textContent()).toContain('报价已开启');

    expect(['evaluated', 'revival-window']).toContain(await roundState(base, roundId));
    await first.reload();
    expect(await first.locator('[data-testid="opening-progress"]').textContent()).toContain('已提交 2 / 2');
    expect(await first.locator('main').textContent()).toContain('已开标');
  });
});
