import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** The office's review of a round's company registrations (/office/rounds/[code]/registrations). */
export class OfficeRegistrationsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** Approves every registration (each waiting for review), one card after the other. */
  async approveAll(expected: number) {
    await this.page.goto(`/office/rounds/${this.code}/registrations`);
    const cards = this.page.getByRole('article');
    await expect.poll(() => cards.count(), ANSWERED).toBe(expected);
    const approved = this.page.locator('article .status.approved');
    for (let i = 0; i < expected; i++) {
      await cards
        .nth(i)
        .getByRole('button', { name: /^审核通过：/ })
        .click();
      await expect.poll(() => approved.count(), ANSWERED).toBe(i + 1);
    }
  }
}
