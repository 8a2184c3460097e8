import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

/**
 * Signs in through the login form once the page has hydrated. On a loaded machine `signIn` can type
 * before hydration, which then empties the fields (the browser's `required` stops the submit): this
 * waits for the scripts, checks the fields kept what was typed, and tries again if the form stayed.
 */
export async function signInSteadily(page: Page, login: string, password = DEMO_PASSWORD) {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/login');
    await page.waitForLoadState('networkidle');
    const loginField = page.getByLabel(/账号|Login/);
    const passwordField = page.getByLabel(/密码|Password/);
    await loginField.fill(login);
    await passwordField.fill(password);
    if ((await loginField.inputValue()) !== login || (await passwordField.inputValue()) !== password)
      continue;
    await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
    try {
      await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
