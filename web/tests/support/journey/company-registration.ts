import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** A company's registration for a round (/company/rounds/[code]/registrations): one spec per form. */
export class CompanyRegistrationPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  get path() {
    return `/company/rounds/${this.code}/registrations`;
  }

  /** From the company's round list, where a published round offers 报名. */
  async openFromList() {
    await this.page.goto('/company');
    await this.page.getByRole('link', { name: `报名 ${this.code}` }).click();
    await this.page.waitForURL(`**${this.path}`);
  }

  /** Registers the product's spec (the option that starts with its code) with its approval number. */
  async register(productCode: string, approvalNumber: string) {
    await this.page.goto(this.path);
    const spec = this.page.getByLabel('产品规格', { exact: true });
    const label = (await spec.locator('option').allTextContents()).find((o) =>
      o.trim().startsWith(`${productCode} `),
    );
    if (!label) throw new Error(`no spec of ${productCode} to register`);
    await spec.selectOption({ label: label.trim() });
    await this.page.getByLabel('批准文号').fill(approvalNumber);
    await this.page.getByLabel('批准日期').fill('2020-06-01');
    await this.page.getByLabel('通过一致性评价日期').fill('2021-09-15');
    await this.page.getByLabel('年产能（最小销售包装）').fill('50000000');
    await this.page.getByRole('button', { name: '提交报名' }).click();
    await expect.poll(() => this.page.textContent('main'), ANSWERED).toContain('已提交报名');
    const mine = this.page.getByRole('table', { name: '已报名的产品规格' });
    expect(await mine.textContent()).toContain(approvalNumber);
  }
}
