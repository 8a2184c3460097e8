import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import {
  client,
  companiesBid,
  DEMO_BIDDING_ROUND,
  moveClockTo,
  roundIdOf,
  startRegionSelection,
  waitForState,
} from './support/round-driver';

// the verification link printed in the PDFs as `./jicai start` prints them (docs/screenshots/agreement.png)
const browser = useBrowser({ PUBLIC_ORIGIN: 'http://localhost:3000' });
const ROUND_PAGE = `/office/rounds/${DEMO_BIDDING_ROUND}`;
const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));

/** Region selection left to run out: a month later every turn has taken its default pick. */
async function agreeVolumes(baseUrl: string, roundId: string) {
  await startRegionSelection(baseUrl, roundId);
  await moveClockTo(baseUrl, roundId, new Date(Date.now() + 60 * 24 * 3600_000));
  await waitForState(baseUrl, roundId, 'volumes-agreed', 60_000);
}

describe('purchase agreements (购销协议) in the office console', () => {
  it('are generated from the round page, with progress, and downloadable by the office and each party', async () => {
    const baseUrl = browser.baseUrl();
    const roundId = await roundIdOf(baseUrl);
    await companiesBid(baseUrl, roundId);
    await agreeVolumes(baseUrl, roundId);

    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto(ROUND_PAGE);
    expect(await page.locator('#agreements-title').textContent()).toBe('购销协议');
    await page.getByRole('button', { name: '生成购销协议' }).click();
    // the page follows the job on its own while it runs
    await expect
      .poll(() => page.locator('section:has(#agreements-title) [role="status"]').textContent(), {
        // the demo round's ~900 agreements: seconds on a quiet machine, minutes on a busy one
        timeout: 420_000,
        interval: 1000,
      })
      .toContain('已完成');
    expect(await page.getByRole('button', { name: '生成购销协议' }).count()).toBe(0);
    const status = (await page.locator('section:has(#agreements-title) [role="status"]').textContent()) ?? '';
    const [, done, total] = /已生成 (\d+) \/ (\d+) 份，失败 0 份/.exec(status) ?? [];
    expect(Number(done)).toBeGreaterThan(0);
    expect(done).toBe(total);
    await expectAccessible(page);

    // the first agreement's PDF, through the page's link, is the one the API lists with its hash
    const office = await client(baseUrl, 'office.admin');
    const [first] = ok(
      await office.GET('/rounds/{roundId}/agreements', {
        params: { path: { roundId }, query: { limit: 1 } },
      }),
      'list agreements',
    ).items;
    const link = page.locator(`a[href$="/agreements/${first!.id}/pdf"]`);
    expect(await link.textContent()).toBe('下载 PDF');
    const pdf = await page.request.get((await link.getAttribute('href')) as string);
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first!.pdfSha256);
    if (process.env.DOCS_SCREENSHOTS === '1') {
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(`${RESULTS}/demo-agreement.pdf`, bytes); // docs/screenshots/agreement.png is made from it
    }

    // the company that is a party reads it too; another company does not see it exists
    const party = await browser.page('party');
    const companies = ['company.c01', 'company.c02', 'company.c03', 'company.c04', 'company.c05'];
    let partyLogin = '';
    let otherLogin = '';
    for (const login of companies) {
      const mine = ok(
        await (
          await client(baseUrl, login)
        ).GET('/rounds/{roundId}/agreements', {
          params: { path: { roundId }, query: { limit: 500 } },
        }),
        `${login}'s agreements`,
      ).items;
      if (mine.some((a) => a.id === first!.id)) partyLogin ||= login;
      else otherLogin ||= login;
    }
    await signIn(party, partyLogin);
    await party.goto(`/company/rounds/${DEMO_BIDDING_ROUND}/agreements`);
    expect(await party.getByRole('heading', { level: 1 }).textContent()).toBe('购销协议');
    const own = party.locator(`a[href$="/agreements/${first!.id}/pdf"]`);
    expect(await own.textContent()).toBe('下载 PDF');
    expect((await party.request.get((await own.getAttribute('href')) as string)).status()).toBe(200);
    await expectAccessible(party);
    const other = await browser.page('other');
    await signIn(other, otherLogin);
    expect((await other.request.get(`/api/rounds/${roundId}/agreements/${first!.id}/pdf`)).status()).toBe(
      404,
    );
  }, 600_000);
});
