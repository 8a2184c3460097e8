import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** The public results page (/rounds/[code]/results), as anyone reads it signed out. */
export class PublicResultsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** Waits for the award (中选结果): signed-out renders are shared for up to a second. */
  async openAward() {
    await expect
      .poll(async () => {
        await this.page.goto(`/rounds/${this.code}/results`);
        return this.page.getByRole('heading', { level: 2, name: '中选结果', exact: true }).count();
      }, ANSWERED)
      .toBe(1);
  }

  /** The product's results table, as text. */
  async productTable(productName: string): Promise<string> {
    const section = this.page.locator('section.product', { hasText: productName });
    return (await section.getByRole('table').textContent()) ?? '';
  }
}
