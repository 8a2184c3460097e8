import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmStep } from './confirm-step';
import { ANSWERED } from './wait';

const at = (code: string, page: string) => `/office/rounds/${code}/${page}`;

/** 地区选择 (/office/rounds/[code]/selection): start, then the turns live. */
export class OfficeSelectionPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async start() {
    await this.page.goto(at(this.code, 'selection'), { waitUntil: 'networkidle' });
    await confirmStep(this.page, '开始选择供应地区');
    await expect.poll(() => this.page.locator('.live').textContent(), ANSWERED).toContain('实时更新');
  }
}
