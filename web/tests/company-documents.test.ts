import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();

/** A small real PDF: what the platform checks is its first bytes and its hash. */
const pdf = (note: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${note}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(page: Page, kind: string, name: string, bytes: Buffer) {
  await page.goto('/company/documents');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('文件类型').selectOption({ label: kind });
  await page
    .getByLabel('文件', { exact: true })
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await page.getByRole('button', { name: '上传' }).click();
}

describe('company documents in the portal', () => {
  it('a company uploads a certificate (hashed in the browser, PUT to the store); the office sees it with its hash and downloads it', async () => {
    const company = await browser.page('company');
    await signIn(company, 'company.c01');
    await company.goto('/company');
    await company.getByRole('link', { name: '资质文件' }).click();
    await company.waitForURL('**/company/documents');
    expect(await company.getByRole('heading', { level: 1 }).textContent()).toBe('资质文件');

    const file = pdf('GMP c01');
    const puts: string[] = [];
    company.on('request', (r) => r.method() === 'PUT' && puts.push(new URL(r.url()).origin));
    await upload(company, '药品GMP证书', 'GMP证书.pdf', file);
    await expect
      .poll(() => company.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain(`文件已接受。SHA-256：${sha256(file)}`);
    // the browser sent the file to the store itself, not through the portal
    expect(puts).toHaveLength(1);
    expect(puts[0]).not.toBe(new URL(browser.baseUrl()).origin);
    // which the page's CSP lets it reach
    const page = await company.request.get('/company/documents');
    expect(page.headers()['content-security-policy']).toMatch(
      new RegExp(`connect-src 'self' ${puts[0]}(;|$)`),
    );
    const row = company.getByRole('row').filter({ hasText: 'GMP证书.pdf' });
    await expect.poll(() => row.textContent()).toContain('已核验');
    expect(await row.textContent()).toContain(sha256(file));
    await expectAccessible(company);
    await saveDocScreenshot(company, 'company-documents');

    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto('/office');
    await office.getByRole('link', { name: '企业资质文件' }).click();
    await office.waitForURL('**/office/documents');
    const listed = office.getByRole('row').filter({ hasText: 'GMP证书.pdf' });
    expect(await listed.textContent()).toContain(sha256(file));
    expect(await listed.textContent()).toContain('已核验');
    await expectAccessible(office);
    await saveDocScreenshot(office, 'office-documents');
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      listed.getByRole('link', { name: '下载 GMP证书.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('GMP证书.pdf');
    const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'document-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(sha256(readFileSync(saved))).toBe(sha256(file));
  });

  it('without JavaScript the portal takes the file and does the same; a file that is not a PDF is refused', async () => {
    const page = await browser.page('company-no-js', { javaScript: false });
    await signIn(page, 'company.c02');
    const file = pdf('authorisation c02');
    await upload(page, '授权书', '授权书.pdf', file);
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toContain(sha256(file));
    expect(await page.getByRole('row').filter({ hasText: '授权书.pdf' }).textContent()).toContain('已核验');

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    await upload(page, '药品注册证书', '注册证.pdf', exe);
    await page.waitForLoadState('load');
    expect(await page.locator('#document-file-error').textContent()).toContain('application/x-msdownload');
    // the list keeps the refused upload with its reason, in Chinese
    await page.goto('/company/documents');
    const refused = page.getByRole('row').filter({ hasText: '注册证.pdf' });
    expect(await refused.textContent()).toContain('已拒绝');
    expect(await refused.locator('.why').textContent()).toContain('application/x-msdownload');
  });
});
