import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/**
 * An opening-key custodian's round page (/custodian/[code]): the share is taken once, before the
 * deadline, and kept offline; after the deadline it is handed in, and k shares open the bids.
 */
export class CustodianPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/custodian/${this.code}`);
  }

  /** Takes the share (shown once) and returns it, as the official would copy it out. */
  async takeShare(): Promise<string> {
    await this.open();
    await this.page.getByLabel('我已知晓：密钥份额只显示一次，我将离线保管').check();
    await this.page.getByRole('button', { name: '领取密钥份额' }).click();
    const share = this.page.locator('[data-testid="key-share"]');
    await share.waitFor();
    return ((await share.textContent()) ?? '').trim();
  }

  /** Hands the kept share in after the deadline; the page counts it. */
  async handIn(share: string) {
    await this.open();
    await this.page.getByRole('textbox', { name: '密钥份额' }).fill(share);
    await this.page.getByRole('button', { name: '提交密钥份额' }).click();
    await expect
      .poll(() => this.page.locator('main').textContent(), ANSWERED)
      .toMatch(/您已提交密钥份额|报价已开启/);
  }
}
