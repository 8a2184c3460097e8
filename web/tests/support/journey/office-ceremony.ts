import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWERED } from './wait';

/** The office's key ceremony page (/office/rounds/[code]/ceremony): k of the chosen officials open. */
export class OfficeCeremonyPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async hold(officials: readonly string[], k: number) {
    await this.page.goto(`/office/rounds/${this.code}/ceremony`);
    for (const login of officials)
      await this.page.getByRole('checkbox', { name: new RegExp(login.replace('.', '\\.')) }).check();
    await this.page.getByLabel('开标所需分片数 k').fill(String(k));
    await this.page.getByRole('button', { name: '举行仪式' }).click();
    await expect.poll(() => this.page.getByRole('heading', { name: '仪式情况' }).count(), ANSWERED).toBe(1);
    expect(await this.page.textContent('main')).toContain(
      `${officials.length} 名保管人中任意 ${k} 人交回分片即可开标`,
    );
  }
}
