import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** The region reviewer's queue for a round (/review/rounds/[code]). */
export class ReviewQueuePage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** From the reviewer's round list (/review). */
  async openFromList() {
    await this.page.goto('/review');
    await this.page.getByRole('row').filter({ hasText: this.code }).getByRole('link').first().click();
    await this.page.waitForURL(`**/review/rounds/${this.code}`);
    await this.page.waitForLoadState('networkidle');
  }

  /** Ticks every pending report (none is an outlier in this round) and approves them at once. */
  async approveAll(expected: number) {
    const ticks = this.page.locator('table.queue tbody').getByRole('checkbox');
    await expect.poll(() => ticks.count(), ANSWERED).toBe(expected);
    for (let i = 0; i < expected; i++) await ticks.nth(i).check();
    await this.page.getByRole('button', { name: '批量通过所选报量' }).click();
    await expect
      .poll(() => this.page.getByRole('status').textContent(), ANSWERED)
      .toContain(`已批量审核通过 ${expected} 条报量`);
  }
}
