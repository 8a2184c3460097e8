import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { startPlatform, type Platform } from './platform';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/**
 * The test file's own platform (demo world) and the run's one Chromium. Each `page` is a fresh
 * context (own cookies, own localStorage): two companies side by side are two contexts. A failing
 * test leaves a screenshot of every page it opened under web/test-results/screenshots.
 */
export function useBrowser(platformEnv: Record<string, string> = {}) {
  let browser: Browser;
  let platform: Platform;
  const open: { name: string; page: Page; context: BrowserContext }[] = [];
  const baseUrl = () => platform.url;
  beforeAll(async () => {
    [platform, browser] = await Promise.all([
      startPlatform(platformEnv),
      chromium.connect(inject('browserWsEndpoint')),
    ]);
  });
  afterEach(async ({ task }) => {
    const pages = open.splice(0);
    if (task.result?.state === 'fail' || task.result?.errors?.length) {
      mkdirSync(SHOTS, { recursive: true });
      for (const { name, page } of pages) {
        const file = `${task.name}-${name}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
        await page.screenshot({ path: path.join(SHOTS, `${file}.png`), fullPage: true }).catch(() => {});
      }
    }
    await Promise.all(pages.map(({ context }) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  return {
    /** where the platform answers (the API under /api) */
    baseUrl,
    async page(name: string, options: { javaScript?: boolean; locale?: 'zh-CN' | 'en' } = {}): Promise<Page> {
      const context = await browser.newContext({
        baseURL: baseUrl(),
        javaScriptEnabled: options.javaScript ?? true,
        locale: options.locale ?? 'zh-CN',
        timezoneId: 'Europe/Berlin', // not Beijing: times on the page must not follow the visitor's zone
        acceptDownloads: true,
      });
      if (options.locale === 'en') {
        await context.addCookies([{ name: 'jicai_lang', value: 'en', url: baseUrl() }]);
      }
      const page = await context.newPage();
      open.push({ name, page, context });
      return page;
    },
  };
}

/**
 * Signs in through the login form, as a person would, once the page has hydrated (on a loaded
 * machine the scripts may arrive after the typing): checks the fields kept what was typed, and
 * tries again if the form stayed.
 */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
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

export const DEMO_PASSWORD = 'jicai-demo-2026';
