import type { Page } from 'playwright-core';

/** Clicks an irreversible step's button, then the confirmation step's (确认执行). */
export async function confirmStep(page: Page, button: string | RegExp) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: '确认执行' }).click();
}
