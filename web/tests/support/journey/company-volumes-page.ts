import type { Page } from 'playwright-core';

/** A winner's agreed volumes (/company/rounds/[code]/volumes): totals and lines by region and hospital. */
export class CompanyVolumesPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/company/rounds/${this.code}/volumes`);
  }

  async totalRows(): Promise<number> {
    return this.page.locator('table.totals tbody tr').count();
  }

  /** The hospitals named in the lines. */
  async lineText(): Promise<string> {
    return (await this.page.locator('table.lines tbody').textContent()) ?? '';
  }
}
