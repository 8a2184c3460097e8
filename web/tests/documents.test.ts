import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocPdfImage } from './support/docs-pdf';
import {
  companiesBid,
  DEMO_BIDDING_ROUND,
  publishAward,
  publishProposed,
  roundIdOf,
} from './support/round-driver';

// the address printed into the PDFs and their QR codes (the test platform listens on a random port)
const browser = useBrowser({ PUBLIC_ORIGIN: 'https://jicai.example.cn' });

/** A link's download, fetched with the page's own cookies: the PDF's bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  expect(href).toBeTruthy();
  const res = await page.request.get(href as string);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toContain("filename*=UTF-8''");
  return Buffer.from(await res.body());
}

/** The verification code, which every issued PDF carries in plain ASCII in its info dictionary. */
const codeOf = (pdf: Buffer) =>
  /\(verification:([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\)/.exec(pdf.toString('latin1'))?.[1];
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('issued PDFs in the portal', () => {
  it('a company downloads its receipt; the public the notices; anyone verifies a code', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);

    const company = await browser.page('company-receipt');
    await signIn(company, 'company.c01');
    await company.goto(`/company/rounds/${DEMO_BIDDING_ROUND}`);
    const receipt = await download(company, '下载回执（PDF，不含报价）');
    expect(receipt.subarray(0, 5).toString()).toBe('%PDF-');
    saveDocPdfImage(receipt, 'pdf-bid-receipt');
    const again = await download(company, '下载回执（PDF，不含报价）');
    expect(sha256(again)).toBe(sha256(receipt));

    await publishProposed(base, roundId);
    const page = await browser.page('notices');
    await page.goto(`/rounds/${DEMO_BIDDING_ROUND}/results`);
    expect(await page.getByRole('link', { name: '中选结果公告（PDF）' }).count()).toBe(0);
    const proposed = await download(page, '拟中选结果公示（PDF）');
    saveDocPdfImage(proposed, 'pdf-proposed-winners-notice');
    await expectAccessible(page);

    // the QR code's page: the code in any case and spacing names the notice and its hash
    const code = codeOf(proposed) as string;
    expect(code).toBeTruthy();
    await page.goto(`/verify/${encodeURIComponent(code.toLowerCase().replaceAll('-', ' '))}`);
    expect(await page.getByTestId('verify-kind').textContent()).toBe('拟中选结果公示');
    expect(await page.getByTestId('verify-sha256').textContent()).toBe(sha256(proposed));
    await expectAccessible(page);

    // the form: a code typed in, then one nobody issued
    await page.goto('/verify');
    await page.getByLabel('验证码').fill(codeOf(receipt) as string);
    await page.getByRole('button', { name: '核验' }).click();
    await page.waitForURL('**/verify/*');
    expect(await page.getByTestId('verify-kind').textContent()).toBe('投标回执');
    expect(await page.getByTestId('verify-sha256').textContent()).toBe(sha256(receipt));
    await page.getByLabel('验证码').fill('0000-0000-0000');
    await page.getByRole('button', { name: '核验' }).click();
    await page.waitForURL('**/verify/0000-0000-0000');
    expect(await page.getByTestId('verify-unknown').textContent()).toContain('0000-0000-0000');
    await expectAccessible(page);

    await publishAward(base, roundId);
    await expect
      .poll(async () => {
        await page.goto(`/rounds/${DEMO_BIDDING_ROUND}/results`);
        return page.getByRole('link', { name: '中选结果公告（PDF）' }).count();
      })
      .toBe(1);
    const award = await download(page, '中选结果公告（PDF）');
    saveDocPdfImage(award, 'pdf-award-notice');

    const en = await browser.page('verify-en', { locale: 'en' });
    await en.goto(`/verify/${codeOf(award)}`);
    expect(await en.getByTestId('verify-kind').textContent()).toBe('Award notice');
    await expectAccessible(en);
  });
});
