import type { Page } from 'playwright-core';

const at = (code: string, page: string) => `/office/rounds/${code}/${page}`;

/** 约定采购量总览 (/office/rounds/[code]/volumes): by region and by company. */
export class OfficeVolumesPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(at(this.code, 'volumes'));
  }

  rows(section: 'by-region' | 'by-company') {
    return this.page.locator(`section[aria-labelledby="${section}-title"] tbody tr`);
  }
}
