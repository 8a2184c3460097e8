import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A company's bid page (/company/rounds/[code]): one section per registered product. */
export class CompanyBidPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** From the company's round list, as the bidder finds it. */
  async openFromList() {
    await this.page.goto('/company');
    const row = this.page.getByRole('row').filter({ hasText: this.code });
    await row.getByRole('link', { name: '进入报价' }).click();
    await this.page.waitForURL(`**/company/rounds/${this.code}`);
    await this.page.waitForFunction(() => document.querySelector('section.product') !== null);
  }

  section(productName: string) {
    return this.page
      .locator('section.product')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: productName }) });
  }

  /** Submits the pack price for the product; waits for the verified receipt. */
  async bid(productName: string, packPrice: string) {
    const section = this.section(productName);
    await section.getByLabel('申报价（元/盒）').fill(packPrice);
    await section.getByRole('button', { name: '提交报价' }).click();
    await expect
      .poll(() => section.getByTestId('receipt').getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('已验证');
    expect(await section.getByTestId('current-bid').textContent()).toContain(packPrice);
  }
}
