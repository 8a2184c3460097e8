import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { DUAL_ROUND, openDualRound, openTechnical } from './support/dual-round';

const browser = useBrowser();
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 技术资料 质量标准\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  'utf8',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('technical files of a dual-envelope round, in the portal', () => {
  it('a company attaches a sealed file and sees its hash; after the technical opening the office downloads it', async () => {
    const { roundId, openingAt } = await openDualRound(browser.baseUrl());

    const page = await browser.page('company');
    await signIn(page, 'company.c01');
    await page.goto(`/company/rounds/${DUAL_ROUND}`);
    const files = page.getByRole('region', { name: '技术文件' });
    expect(await files.textContent()).toContain('尚未附技术文件');
    await files
      .getByLabel(/选择文件/)
      .setInputFiles({ name: '质量标准.pdf', mimeType: 'application/pdf', buffer: PDF });
    await files.getByRole('button', { name: '加密并附上' }).click();
    await expect.poll(() => files.textContent(), { timeout: 20_000 }).toContain(sha256(PDF));
    expect(await files.textContent()).toContain('质量标准.pdf');
    expect(await files.textContent()).toContain('已密封');
    await expectAccessible(page);

    await openTechnical(browser.baseUrl(), roundId, openingAt);
    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto(`/office/rounds/${DUAL_ROUND}`);
    const released = office.getByRole('region', { name: /技术文件/ });
    expect(await released.textContent()).toContain(sha256(PDF));
    await expectAccessible(office);
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      released.getByRole('link', { name: '质量标准.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('质量标准.pdf');
    const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'techfile-')), 'download.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(PDF)).toBe(true);
  });
});
