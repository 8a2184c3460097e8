import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';

const browser = useBrowser();

describe('the portal foundation', () => {
  it('serves the home page in Chinese first, with the server time and the English toggle', async () => {
    const page = await browser.page('home');
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('集中带量采购');
    expect(await page.locator('.server-time').textContent()).toContain('服务器时间');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('procurement');
    await page.goto('/login');
    await expectAccessible(page); // (axe needs JavaScript: the no-JS test below cannot run it)
  });

  it('signs in and out without JavaScript, the error next to the field', async () => {
    const page = await browser.page('login', { javaScript: false });
    await page.goto('/login');
    await page.getByLabel('账号').fill('company.c01');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();
    expect(page.url()).toContain('/login');
    await signIn(page, 'company.c01');
    expect(await page.locator('.who').textContent()).toBe('company.c01');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByRole('link', { name: '登录' }).count()).toBe(1);
  });

  it('answers an unknown page with one message that leaks nothing', async () => {
    const page = await browser.page('missing');
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
  });
});
