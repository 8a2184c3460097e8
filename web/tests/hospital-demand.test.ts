import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();
const ROUND = 'NVBP11-DEMO';
const ROUND_PAGE = `/hospital/rounds/${ROUND}`;

/** The own lines of the demo demand round, as the API has them (what the page must not have changed). */
async function ownLines(login: string) {
  const api = await apiAs(browser.baseUrl(), login);
  const { items } = ok(
    await api.GET('/rounds/{roundId}/demand', {
      params: { path: { roundId: ROUND }, query: { limit: 500 } },
    }),
    'own demand',
  );
  return items.map((l) => `${l.productCode}:${l.brandCompanyName ?? ''}:${l.quantity}:${l.status}`).sort();
}

/** The template as the page's link downloads it: an .xlsx file on disk. */
async function downloadTemplate(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载报量模板（Excel .xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('报量模板.xlsx');
  const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'template-')), download.suggestedFilename());
  await download.saveAs(saved);
  return readFileSync(saved);
}

/** Sets the 报量 (quantity) cell of a product's row in the template, as someone would in Excel. */
async function fillTemplate(file: Buffer, quantities: Record<string, string | number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const quantityColumn = header.indexOf('报量');
  sheet.eachRow((row, n) => {
    const code = String(row.getCell(1).value);
    if (n > 1 && code in quantities) row.getCell(quantityColumn).value = quantities[code] ?? null;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('报量文件（.xlsx 或 CSV）').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: '导入', exact: true }).click();
}

describe("a hospital's demand reporting in the portal", () => {
  it('reports below the floor (refused, the reason asked for next to the field), then with a reason', async () => {
    const page = await browser.page('hospital.bj1');
    await signIn(page, 'hospital.bj1');
    await page.goto('/hospital');
    await expectAccessible(page);
    const row = page.getByRole('row').filter({ hasText: ROUND });
    expect(await row.textContent()).toContain('报量中');
    await row.getByRole('link', { name: '填报' }).click();
    await page.waitForURL(`**${ROUND_PAGE}`);
    await page.waitForLoadState('networkidle');
    // the rule, with the share from the round's frozen ruleset
    expect(
      await page.getByText('下限 = 上年用量 × 报量下限比例 0.80（规则集 demandFloorShare）').count(),
    ).toBe(1);
    await expectAccessible(page);

    await page.locator('#lastYearVolume-new-DAPAGLIFLOZIN').fill('1000');
    await page.locator('#quantity-new-DAPAGLIFLOZIN').fill('700');
    expect(await page.locator('#floor-new-DAPAGLIFLOZIN').textContent()).toContain(
      '下限 = 上年用量 1,000 × 报量下限比例 0.80（规则集 demandFloorShare）= 800',
    );
    expect(await page.locator('#floor-new-DAPAGLIFLOZIN').textContent()).toContain(
      '报量低于下限，须填写理由。',
    );
    await page.locator('#line-new-DAPAGLIFLOZIN').getByRole('button', { name: '提交报量' }).click();
    const error = page.locator('#reason-error-new-DAPAGLIFLOZIN');
    await expect.poll(() => error.textContent()).toContain('须说明理由');
    expect(await error.textContent()).toContain('低于 0.80 × 上年用量 1000（= 800）');
    expect(await ownLines('hospital.bj1')).not.toContain('DAPAGLIFLOZIN::700:submitted');
    await expectAccessible(page);

    await page.locator('#reason-new-DAPAGLIFLOZIN').fill('部分患者转至基层医疗机构随访用药');
    await page.locator('#line-new-DAPAGLIFLOZIN').getByRole('button', { name: '提交报量' }).click();
    const saved = page.locator('#line-DAPAGLIFLOZIN-generic-');
    await expect.poll(() => saved.getByRole('status').count(), { timeout: 15_000 }).toBe(1);
    expect(await saved.textContent()).toContain('已提交');
    expect(await ownLines('hospital.bj1')).toContain('DAPAGLIFLOZIN::700:submitted');
  });

  it('downloads the template of my products, imports a file with a bad row (listed, nothing written), then a clean one', async () => {
    const page = await browser.page('hospital.bj1-import');
    await signIn(page, 'hospital.bj1');
    await page.goto(ROUND_PAGE);
    await page.waitForLoadState('networkidle');
    const template = await downloadTemplate(page);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const codes: string[] = [];
    sheet?.eachRow((row, n) => void (n > 1 && codes.push(String(row.getCell(1).value))));
    expect(new Set(codes)).toEqual(
      new Set(['DAPAGLIFLOZIN', 'ENTECAVIR', 'LEVOFLOXACIN', 'RIVAROXABAN', 'TICAGRELOR']),
    );
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual([
      '产品编码',
      '通用名',
      '规格',
      '单位',
      '上年用量',
      '报量',
      '品牌企业统一社会信用代码',
      '分组',
      '理由',
    ]);

    const before = await ownLines('hospital.bj1');
    const bad = await fillTemplate(template, { LEVOFLOXACIN: 9000, ENTECAVIR: '九千' });
    await importFile(
      page,
      '报量.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bad,
    );
    const problems = page.getByRole('table', { name: '文件中的问题（未保存任何数据）' });
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(1);
    const problemRow = problems.getByRole('row').filter({ hasText: '不是 ≥ 0 的整数' });
    const entecavirRow = String(codes.indexOf('ENTECAVIR') + 2);
    expect(await problemRow.getByRole('cell').allTextContents()).toEqual([
      '报量',
      entecavirRow,
      '报量',
      `F${entecavirRow}`,
      '"九千" 不是 ≥ 0 的整数（只用数字，不加分隔符）',
    ]);
    await expectAccessible(page);
    // all or nothing: the good row was not written either
    expect(await ownLines('hospital.bj1')).toEqual(before);

    const csv = `\ufeff产品编码,报量,上年用量\r\nLEVOFLOXACIN,9000,9500\r\nENTECAVIR,12000,12500\r\n`;
    await importFile(page, '报量.csv', 'text/csv', Buffer.from(csv, 'utf8'));
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 })
      .toContain('已导入 2 行：新增 2 行，更新 0 行，0 行与已报相同');
    const after = await ownLines('hospital.bj1');
    expect(after).toContain('LEVOFLOXACIN::9000:submitted');
    expect(after).toContain('ENTECAVIR::12000:submitted');
  });

  it('a returned line shows the reviewer’s reason and is resubmitted; the history shows its trail', async () => {
    const hospital = await apiAs(browser.baseUrl(), 'hospital.bj1');
    const { items } = ok(
      await hospital.GET('/rounds/{roundId}/demand', {
        params: { path: { roundId: ROUND }, query: { productCode: 'DAPAGLIFLOZIN' } },
      }),
      'own line',
    );
    const line = items[0];
    if (!line) throw new Error('no DAPAGLIFLOZIN line');
    const bureau = await apiAs(browser.baseUrl(), 'bureau.bj');
    ok(
      await bureau.POST('/rounds/{roundId}/demand/{reportId}/return', {
        params: { path: { roundId: line.roundId, reportId: line.id } },
        body: { comment: '请补充上年用量的依据' },
      }),
      'bureau.bj returns the line',
    );

    const page = await browser.page('hospital.bj1-resubmit');
    await signIn(page, 'hospital.bj1');
    await page.goto(ROUND_PAGE);
    await page.waitForLoadState('networkidle');
    const returned = page.locator('#line-DAPAGLIFLOZIN-generic-');
    expect(await returned.textContent()).toContain('已退回');
    expect(await returned.getByRole('note').textContent()).toBe('退回原因：请补充上年用量的依据');
    await page.locator('#quantity-DAPAGLIFLOZIN-generic-').fill('820');
    await returned.getByRole('button', { name: '修改后重新提交' }).click();
    await expect.poll(() => returned.getByRole('status').count(), { timeout: 15_000 }).toBe(1);
    expect(await returned.textContent()).toContain('已提交');
    expect(await ownLines('hospital.bj1')).toContain('DAPAGLIFLOZIN::820:submitted');
    await saveDocScreenshot(page, 'hospital-demand');

    await page.goto('/hospital/history');
    await expectAccessible(page);
    await saveDocScreenshot(page, 'hospital-history');
    const historyRow = page.getByRole('row').filter({ hasText: 'DAPAGLIFLOZIN' });
    expect(await historyRow.textContent()).toContain('已提交');
    await historyRow.getByRole('link', { name: /审核记录/ }).click();
    await page.waitForURL(`**/hospital/history/${ROUND}/${line.id}`);
    expect(await page.getByText('DAPAGLIFLOZIN').first().textContent()).toBe('DAPAGLIFLOZIN');
    const steps = await page
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].slice(1, 5).map((c) => c.textContent?.trim())),
      );
    expect(steps).toEqual([
      ['提交', '700', '1,000', '部分患者转至基层医疗机构随访用药'],
      ['退回', '700', '1,000', '请补充上年用量的依据'],
      ['重新提交', '820', '1,000', '部分患者转至基层医疗机构随访用药'],
    ]);
    await expectAccessible(page);
  });

  it('works with JavaScript off: the floor refusal beside the field, then the line with its reason', async () => {
    const page = await browser.page('hospital.sh1-no-js', { javaScript: false });
    await signIn(page, 'hospital.sh1');
    await page.goto(ROUND_PAGE);
    await page.locator('#lastYearVolume-new-ENTECAVIR').fill('2000');
    await page.locator('#quantity-new-ENTECAVIR').fill('1000');
    await page.locator('#line-new-ENTECAVIR').getByRole('button', { name: '提交报量' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#reason-error-new-ENTECAVIR').textContent()).toContain('须说明理由');
    // what was typed is still there
    expect(await page.locator('#quantity-new-ENTECAVIR').inputValue()).toBe('1000');
    await page.locator('#reason-new-ENTECAVIR').fill('院区改造，病床减少');
    await page.locator('#line-new-ENTECAVIR').getByRole('button', { name: '提交报量' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#line-ENTECAVIR-generic-').getByRole('status').textContent()).toBe(
      '报量已提交，等待区域医保局审核。',
    );
    expect(await ownLines('hospital.sh1')).toContain('ENTECAVIR::1000:submitted');
  });
});
