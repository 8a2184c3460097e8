import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmStep } from './confirm-step';
import { ANSWERED } from './wait';

const at = (code: string, page: string) => `/office/rounds/${code}/${page}`;

/** 异议处理 (/office/rounds/[code]/objections): the inbox, the answers, then the award. */
export class OfficeObjectionsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  /** Rejects the open objection on `productCode` with the office's reasons, asked once more. */
  async reject(productCode: string, answer: string) {
    await this.page.goto(`${at(this.code, 'objections')}?status=open`);
    const objection = this.page.locator('.objection').filter({ hasText: productCode });
    await objection.getByLabel('答复', { exact: true }).fill(answer);
    await confirmStep(this.page, '提交答复');
    // answered, it leaves the list of open ones; the answered filter (the API's) lists it
    await expect.poll(() => objection.count(), ANSWERED).toBe(0);
    await this.page.goto(`${at(this.code, 'objections')}?status=answered`);
    await expect
      .poll(() => this.page.locator('.objection').filter({ hasText: productCode }).textContent(), ANSWERED)
      .toContain(answer);
  }

  /** 公布中选结果, once the objection period is over. */
  async publishAward() {
    await this.page.goto(at(this.code, 'objections'));
    await confirmStep(this.page, '公布中选结果');
  }
}
