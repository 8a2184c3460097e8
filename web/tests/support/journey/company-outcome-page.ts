import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** A company's outcome page after the opening (/company/rounds/[code]/outcome): its bids, objections. */
export class CompanyOutcomePage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/company/rounds/${this.code}/outcome`);
  }

  /** What became of each of my bids, by its badge (拟中选, 未中选 …). */
  async badges(): Promise<string[]> {
    const mine = this.page.getByRole('region', { name: '本企业投标结果' });
    return (await mine.locator('article .badge').allTextContents()).map((b) => b.trim());
  }

  /** Files a price-calculation objection on the product during the objection period. */
  async object(productName: string, statement: string) {
    await this.open();
    await this.page.getByLabel('异议类型').selectOption({ label: '价格计算' });
    await this.page.getByLabel('所涉品种').selectOption({ label: productName });
    await this.page.getByLabel('异议陈述').fill(statement);
    await this.page.getByRole('button', { name: '提交异议' }).click();
    await expect
      .poll(() => this.page.locator('.objections li').first().textContent(), ANSWERED)
      .toContain(statement);
  }

  /** The office's answer under my objection. */
  async answerTo(statement: string): Promise<string> {
    await this.open();
    const filed = this.page.locator('.objections li').filter({ hasText: statement });
    return (await filed.locator('.answer').textContent()) ?? '';
  }
}
