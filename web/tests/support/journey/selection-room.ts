import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** The region-selection room (/company/rounds/[code]/regions): winners pick regions in turn, live. */
export class SelectionRoom {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/company/rounds/${this.code}/regions`);
    // live (实时更新中), or over (区域选择已结束)
    await expect
      .poll(() => this.page.locator('.live').textContent(), { timeout: 10_000 })
      .toMatch(/实时更新|已结束/);
  }

  /**
   * Picks the first region offered, product after product, while it is this company's turn
   * somewhere (the room is read afresh after each pick); returns the regions picked.
   */
  async pickWhereMyTurn(): Promise<string[]> {
    const picked: string[] = [];
    for (let i = 0; i < 8; i++) {
      await this.open();
      const mine = this.page.locator('article.entry').filter({ hasText: '轮到贵企业选择' });
      const entry = mine.first();
      if ((await mine.count()) === 0) return picked;
      const select = entry.getByLabel('可选地区');
      const regions = (await select.locator('option').allTextContents()).slice(1); // the first asks to choose
      const region = regions[0]?.trim();
      if (!region) return picked; // nothing left to offer: the turn runs out to its default
      await select.selectOption({ label: region });
      await entry.getByRole('button', { name: '确认选择' }).click();
      await expect
        .poll(() => this.page.locator('p.notice').first().textContent(), ANSWERED)
        .toContain(region);
      picked.push(region);
    }
    return picked;
  }
}
