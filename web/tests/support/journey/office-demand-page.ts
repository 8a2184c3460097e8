import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmStep } from './confirm-step';
import { ANSWERED } from './wait';

const at = (code: string, page: string) => `/office/rounds/${code}/${page}`;

/** 报量进度 (/office/rounds/[code]/demand): progress by region, and the lock once the window closed. */
export class OfficeDemandPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** Beijing's row: hospitals reported of all, as the table says it. */
  async beijingReported(): Promise<string> {
    await this.page.goto(at(this.code, 'demand'));
    const beijing = this.page
      .locator('table.progress tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: '北京市' }) });
    return ((await beijing.locator('td').first().textContent()) ?? '').trim();
  }

  async lock() {
    await this.page.goto(at(this.code, 'demand'));
    await confirmStep(this.page, '锁定报量');
    await expect.poll(() => this.page.locator('#lockDemand-error').count(), ANSWERED).toBe(0);
  }
}
