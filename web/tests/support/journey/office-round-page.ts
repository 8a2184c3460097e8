import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RoundState } from '@jicai/domain';
import { reached } from '../../../src/lib/public/round-phase';
import { confirmStep } from './confirm-step';
import { ANSWERED } from './wait';

/** How long the scheduler (every 0.2 s in tests) may take to move a round on a busy machine. */
const SCHEDULED = { timeout: 20_000, interval: 300 };

/**
 * The office's round page (/office/rounds/[code]): the round's state, the rehearsal clock (演练时钟)
 * that moves the round past its next deadline, and the irreversible steps, each confirmed once more.
 */
export class OfficeRoundPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  get path() {
    return `/office/rounds/${this.code}`;
  }

  async open() {
    await this.page.goto(this.path);
  }

  /** The round's state as the page's badge carries it. */
  async state(): Promise<string> {
    return (await this.page.locator('p.status [data-state]').getAttribute('data-state')) ?? '';
  }

  /** Reloads until the round has reached `target` or a later state (the scheduler's step). */
  async waitUntil(target: RoundState) {
    await expect
      .poll(async () => {
        await this.open();
        const state = await this.state();
        return reached(state, target) ? target : state;
      }, SCHEDULED)
      .toBe(target);
  }

  /**
   * The rehearsal clock's quick jump to one minute past the round's next deadline (by its label,
   * e.g. 报量开始), confirmed; then waits until the scheduler has taken the round to `then`.
   */
  async jumpPast(deadline: string, then: RoundState) {
    await this.open();
    await this.page.getByRole('button', { name: `跳到${deadline}之后 1 分钟` }).click();
    await this.page.getByRole('button', { name: '确认执行' }).click();
    await expect
      .poll(() => this.page.getByRole('status').first().textContent(), ANSWERED)
      .toContain('演练时钟已设置');
    await this.waitUntil(then);
  }

  /** 发布拟中选结果公示 (on the round page): the objection period starts. */
  async publishProposed() {
    await this.open();
    await confirmStep(this.page, '发布拟中选结果公示');
    await this.waitUntil('objection-period');
  }
}
