import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { openRevivalRound } from './support/revival-round';

const browser = useBrowser();

// The demo's bidding round (nvbp-7) offers no revival: a round of its own under nvbp-10 does.
describe('a company answers its revival offer (复活) before the window closes', () => {
  it('shows the offer with its countdown, accepts it, and the bid becomes a winner', async () => {
    const code = await openRevivalRound(browser.baseUrl());
    const outcome = `/company/rounds/${code}/outcome`;

    const en = await browser.page('revival-en', { locale: 'en' });
    await signIn(en, 'company.c03');
    await en.goto(outcome);
    expect(await en.getByRole('region', { name: 'Revival offers', exact: true }).textContent()).toContain(
      '0.4800',
    );
    await saveDocScreenshot(en, 'outcome-revival-en', { fullPage: false });

    const page = await browser.page('revival');
    await signIn(page, 'company.c03');
    await page.goto(outcome);
    const revival = page.getByRole('region', { name: '复活邀请', exact: true });
    expect(await revival.textContent()).toContain('0.4800');
    expect(await revival.getByRole('timer').textContent()).toMatch(/剩余 \d+ 天 \d{2}:\d{2}:\d{2}/);
    const mine = page.getByRole('region', { name: '本企业投标结果' });
    expect(await mine.locator('.badge').textContent()).toBe('复活待应答');
    await expectAccessible(page);
    await saveDocScreenshot(page, 'outcome-revival-zh', { fullPage: false });

    await revival.getByRole('button', { name: '接受复活' }).click();
    await expect.poll(() => revival.textContent(), { timeout: 20_000 }).toContain('已接受');
    expect(await revival.getByRole('button').count()).toBe(0);
    // the evaluation ran again with the answer: the bid wins at the offered UCP
    await expect.poll(() => mine.locator('.badge').textContent(), { timeout: 20_000 }).toBe('复活拟中选');
    expect(await mine.locator('.why').textContent()).toContain('0.4800');

    // another company has no offer to answer
    const other = await browser.page('other');
    await signIn(other, 'company.c01');
    await other.goto(outcome);
    expect(await other.getByRole('region', { name: '复活邀请', exact: true }).textContent()).toContain(
      '没有复活邀请',
    );
  }, 90_000);
});
