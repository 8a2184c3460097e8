import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DOCS = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));

/**
 * With DOCS_SCREENSHOTS=1, keeps the page as docs/screenshots/<name>.png (the README shows them);
 * otherwise nothing: an ordinary test run writes no file into the sources.
 */
export async function saveDocScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  if (process.env.DOCS_SCREENSHOTS !== '1') return;
  mkdirSync(DOCS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: options.fullPage ?? true });
}
