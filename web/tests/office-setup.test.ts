import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();
const CODE = 'SETUP-2027-1';
const SETUP = `/office/rounds/${CODE}/setup`;

const HEADER = [
  '产品编码',
  '通用名',
  '剂型',
  '约定量类别',
  '规格单位',
  '代表品规格编码',
  '规格编码',
  '规格',
  '包装数量',
  '最高有效申报价',
];

/** A catalogue workbook as an office clerk fills it in: one sheet, Chinese headers, one row per spec. */
async function catalogue(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('品种目录');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ATORVASTATIN = [
  'SU-ATV',
  '阿托伐他汀钙片',
  '口服常释剂型',
  '一般',
  'mg',
  'S10',
  'S10',
  '10',
  14,
  '2.0000',
];
const CEFUROXIME = [
  'SU-CFX',
  '头孢呋辛酯片',
  '口服常释剂型',
  '指定抗菌药物',
  'mg',
  'S250',
  'S250',
  '250',
  12,
  '1.5000',
];

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('品种目录文件（.xlsx 或 .csv）').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: '导入', exact: true }).click();
}

const stepDone = (page: Page, step: string) =>
  page.locator(`[data-step="${step}"]`).getAttribute('data-done');

describe('the office sets a round up in the browser, step by step, and publishes it', () => {
  it('creates a round, imports its catalogue, previews and saves overrides, sets the calendar with a 调休 day, publishes', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office');
    await expectAccessible(page);
    await page.getByRole('link', { name: '新建批次' }).click();
    await page.waitForURL('**/office/rounds/new');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // a code the API refuses: its message next to the field, what was typed kept
    await page.getByLabel('批次编号').fill('setup 2027');
    await page.getByLabel('批次名称').fill('2027年第一批联盟集中带量采购');
    await page.getByLabel('评审规则').selectOption('nvbp-7');
    await page.getByLabel('北京市').check();
    await page.getByLabel('天津市').check();
    await page.getByRole('button', { name: '创建草稿批次' }).click();
    await expect.poll(() => page.locator('#code-error').textContent()).toContain('大写字母和数字');
    expect(await page.getByLabel('批次名称').inputValue()).toBe('2027年第一批联盟集中带量采购');
    await page.getByLabel('批次编号').fill(CODE);
    await page.getByRole('button', { name: '创建草稿批次' }).click();
    await page.waitForURL(`**${SETUP}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('2027年第一批联盟集中带量采购');
    expect(await stepDone(page, 'step-catalogue')).toBe('false');
    expect(await page.locator('#step-publish').textContent()).toContain('导入品种目录（至少一个品种）');
    await expectAccessible(page);

    // the template is the import's own header row
    const template = await page.request.get(
      (await page.getByRole('link', { name: 'CSV 模板' }).getAttribute('href')) as string,
    );
    expect((await template.text()).replace(/^\ufeff/, '')).toMatch(/^产品编码,通用名,剂型/);

    // a bad row: every problem listed by sheet, row and column; nothing imported
    await importFile(
      page,
      '目录.xlsx',
      await catalogue([ATORVASTATIN, [...CEFUROXIME.slice(0, 9), '一块五']]),
    );
    const problems = page.locator('#step-catalogue [role="alert"] li');
    await expect.poll(() => problems.count()).toBeGreaterThan(0);
    expect(await problems.first().textContent()).toMatch(/工作表 品种目录 第 3 行 ceiling/);
    expect(await page.locator('#step-catalogue').textContent()).toContain('目录中还没有品种。');
    await expectAccessible(page);

    // the clean file: both products, and one removed again while the round is a draft
    await importFile(page, '目录.xlsx', await catalogue([ATORVASTATIN, CEFUROXIME]));
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('已导入 2 个品种、2 个规格');
    await expect.poll(() => page.locator('#step-catalogue tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: '删除 SU-CFX' }).click();
    await expect.poll(() => page.locator('#step-catalogue tbody tr').count()).toBe(1);
    expect(await stepDone(page, 'step-catalogue')).toBe('true');

    // an override the domain refuses, beside its field; then the what-if and its differences
    await page.getByLabel('价差倍数').fill('abc');
    await page.getByRole('button', { name: '预览变化' }).click();
    await expect
      .poll(() => page.locator('#spreadMultiple-error').textContent())
      .toBe('须为不带正负号的数字，如 1.8（小数点用“.”，不用逗号）');
    await page.getByLabel('价差倍数').fill('1.1');
    await page.getByRole('button', { name: '预览变化' }).click();
    const preview = page.getByTestId('ruleset-preview');
    await expect.poll(() => preview.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await preview.textContent()).toContain('nvbp-7（基础规则） → 加上覆盖项（spreadMultiple）');
    if ((await preview.textContent())?.includes('内置示例批次')) {
      // docs/examples/14-command-line: under 1.1 C2 no longer meets the spread condition
      const row = preview.locator('tbody tr').first();
      expect(await row.locator('th').textContent()).toContain('阿托伐他汀钙片');
      expect(await row.textContent()).toContain('− C2');
      expect(await row.textContent()).toContain('0.60 → 0.50');
      expect(await row.textContent()).toContain('10201 → 8501');
    }
    await expectAccessible(page);
    await saveDocScreenshot(page, 'office-setup');
    await page.getByRole('button', { name: '保存评审规则' }).click();
    await expect
      .poll(() => page.locator('#step-ruleset [role="status"]').first().textContent())
      .toBe('评审规则已保存。');
    expect(await page.getByLabel('价差倍数').inputValue()).toBe('1.1');

    // a calendar already past: taken, but publishing is refused and the page says why
    const past = [
      ['报量开始', '2026-11-02T09:00'],
      ['报量截止', '2026-11-06T17:00'],
      ['投标开始', '2026-11-09T09:00'],
      ['投标截止', '2026-11-13T10:00'],
      ['开标时间', '2026-11-16T09:30'],
    ];
    for (const [label, value] of past)
      await page.getByLabel(label as string, { exact: true }).fill(value as string);
    await page.getByRole('button', { name: '保存日程' }).click();
    await expect.poll(() => stepDone(page, 'step-calendar')).toBe('true');
    await page.getByRole('button', { name: '发布批次' }).click();
    await page.getByRole('button', { name: '确认执行' }).click();
    await expect
      .poll(() => page.locator('#publish-error').textContent())
      .toBe('报量截止时间早于当前时间：请调整日程');
    expect(await page.locator('p.status [data-state]').getAttribute('data-state')).toBe('draft');

    // the calendar: a deadline on a Saturday is refused beside its field
    const times = {
      demandOpensAt: ['报量开始', '2027-01-04T09:00'],
      demandClosesAt: ['报量截止', '2027-01-15T17:00'],
      biddingOpensAt: ['投标开始', '2027-01-18T09:00'],
      biddingClosesAt: ['投标截止', '2027-01-23T10:00'],
      openingAt: ['开标时间', '2027-01-25T09:30'],
    };
    for (const [label, value] of Object.values(times))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('异议期（工作日数）').fill('5');
    await page.getByRole('button', { name: '保存日程' }).click();
    await expect
      .poll(() => page.locator('#cal-biddingClosesAt-error').textContent())
      .toContain('2027-01-23 不是工作日');
    expect(await page.getByLabel('投标截止', { exact: true }).inputValue()).toBe('2027-01-23T10:00');
    await expectAccessible(page);

    // …so the office makes that Saturday a 调休 working day, with JavaScript off
    const plain = await browser.page('office-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(`${SETUP}?month=2027-01`);
    expect(await plain.locator('td[data-day="2027-01-23"]').textContent()).toContain('休息日');
    await plain.getByRole('button', { name: '2027-01-23 设为调休上班' }).click();
    expect(await plain.locator('#working-days [role="status"]').textContent()).toContain(
      '2027-01-23 已改为调休上班',
    );
    expect(await plain.locator('td[data-day="2027-01-23"]').textContent()).toContain('调休上班');

    // now the same calendar is taken; the objection period counts working days
    await page.getByRole('button', { name: '保存日程' }).click();
    await expect
      .poll(() => page.locator('#step-calendar [role="status"]').first().textContent())
      .toContain('日程已保存');
    expect(await stepDone(page, 'step-calendar')).toBe('true');
    await page.goto(`${SETUP}?month=2027-01`);
    expect(await page.locator('td[data-day="2027-01-23"]').textContent()).toContain('调休上班');
    await expectAccessible(page);

    // publish, asked once more
    await page.getByRole('button', { name: '发布批次' }).click();
    await page.getByRole('button', { name: '确认执行' }).click();
    await expect.poll(() => page.locator('#step-publish [role="status"]').textContent()).toBe('批次已发布。');
    expect(await stepDone(page, 'step-publish')).toBe('true');
    await page.goto(SETUP);
    expect(await page.locator('p.status [data-state]').getAttribute('data-state')).toBe('published');

    // and the round is public
    const visitor = await browser.page('visitor');
    await visitor.goto('/rounds');
    expect(await visitor.locator('main').textContent()).toContain(CODE);
  }, 180_000);
});
