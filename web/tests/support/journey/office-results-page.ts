import type { Page } from 'playwright-core';

const at = (code: string, page: string) => `/office/rounds/${code}/${page}`;

/** 评审结果 (/office/rounds/[code]/results): every product's outcome, each bid with why. */
export class OfficeResultsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(at(this.code, 'results'));
  }

  products() {
    return this.page.locator('section.product');
  }
}
