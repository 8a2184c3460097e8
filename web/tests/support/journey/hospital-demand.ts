import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A hospital's demand page for a round (/hospital/rounds/[code]): one form per product. */
export class HospitalDemandPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** From the hospital's round list (/hospital), as the clerk finds it. */
  async openFromList() {
    await this.page.goto('/hospital');
    await this.page
      .getByRole('row')
      .filter({ hasText: this.code })
      .getByRole('link', { name: '填报' })
      .click();
    await this.page.waitForURL(`**/hospital/rounds/${this.code}`);
    await this.page.waitForLoadState('networkidle');
  }

  /** Reports a product by generic name: last year's volume and this year's; waits for it to be saved. */
  async report(productCode: string, lastYearVolume: number, quantity: number) {
    await this.page.locator(`#lastYearVolume-new-${productCode}`).fill(String(lastYearVolume));
    await this.page.locator(`#quantity-new-${productCode}`).fill(String(quantity));
    await this.page.locator(`#line-new-${productCode}`).getByRole('button', { name: '提交报量' }).click();
    const saved = this.page.locator(`#line-${productCode}-generic-`);
    await expect.poll(() => saved.getByRole('status').count(), { timeout: 15_000 }).toBe(1);
    expect(await saved.textContent()).toContain('已提交');
  }
}
