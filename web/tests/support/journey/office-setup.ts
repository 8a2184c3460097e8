import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { beijingDay, CATALOGUE_CSV, calendarFrom, CLOSING_DAYS_AHEAD, JOURNEY_ROUND } from './round-plan';
import { ANSWERED } from './wait';

/**
 * The office sets the round up in the guided set-up (/office/rounds/new, then
 * /office/rounds/[code]/setup): a draft round for Beijing and Tianjin, its catalogue imported from
 * a CSV file, its calendar, then publication.
 */
export async function setUpRound(office: Page) {
  await createDraft(office);
  await importCatalogue(office);
  await setCalendar(office);
  await publish(office);
}

async function createDraft(office: Page) {
  await office.goto('/office');
  await office.getByRole('link', { name: '新建批次' }).click();
  await office.waitForURL('**/office/rounds/new');
  await office.waitForLoadState('networkidle');
  await office.getByLabel('批次编号').fill(JOURNEY_ROUND.code);
  await office.getByLabel('批次名称').fill(JOURNEY_ROUND.name);
  await office.getByLabel('评审规则').selectOption('nvbp-7');
  await office.getByLabel('北京市').check();
  await office.getByLabel('天津市').check();
  await office.getByRole('button', { name: '创建草稿批次' }).click();
  await office.waitForURL(`**/office/rounds/${JOURNEY_ROUND.code}/setup`);
}

/** The catalogue file, chosen and imported; its counts confirmed. */
async function importCatalogue(office: Page) {
  await office.getByLabel('品种目录文件（.xlsx 或 .csv）').setInputFiles({
    name: '品种目录.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CATALOGUE_CSV, 'utf8'),
  });
  await office.getByRole('button', { name: '导入', exact: true }).click();
  await expect
    .poll(() => office.getByRole('status').first().textContent(), ANSWERED)
    .toContain('已导入 2 个品种、2 个规格');
  await expect.poll(() => office.locator('#step-catalogue tbody tr').count(), ANSWERED).toBe(2);
}

/**
 * How many days ahead the bidding deadline can fall: the first working day from
 * CLOSING_DAYS_AHEAD on, as the set-up page's working-day calendar (调休 and holidays) shows it.
 */
async function closingDaysAhead(office: Page, now: Date): Promise<number> {
  const setup = `/office/rounds/${JOURNEY_ROUND.code}/setup`;
  for (let days = CLOSING_DAYS_AHEAD; days < CLOSING_DAYS_AHEAD + 30; days++) {
    const day = beijingDay(now, days);
    await office.goto(`${setup}?month=${day.slice(0, 7)}`);
    const kind = await office.locator(`td[data-day="${day}"]`).getAttribute('class');
    if (/\b(working|makeup)\b/.test(kind ?? '')) return days;
  }
  throw new Error('no working day in a month');
}

async function setCalendar(office: Page) {
  const now = new Date();
  const calendar = calendarFrom(now, await closingDaysAhead(office, now));
  await office.goto(`/office/rounds/${JOURNEY_ROUND.code}/setup`);
  const fields: [string, string][] = [
    ['报量开始', calendar.demandOpensAt],
    ['报量截止', calendar.demandClosesAt],
    ['投标开始', calendar.biddingOpensAt],
    ['投标截止', calendar.biddingClosesAt],
    ['开标时间', calendar.openingAt],
  ];
  for (const [label, value] of fields) await office.getByLabel(label, { exact: true }).fill(value);
  await office.getByLabel('异议期（工作日数）').fill(String(calendar.objectionWorkingDays));
  await office.getByRole('button', { name: '保存日程' }).click();
  await expect
    .poll(() => office.locator('#step-calendar [role="status"]').first().textContent(), ANSWERED)
    .toContain('日程已保存');
}

/** 发布批次, asked once more. */
async function publish(office: Page) {
  await office.getByRole('button', { name: '发布批次' }).click();
  await office.getByRole('button', { name: '确认执行' }).click();
  await expect
    .poll(() => office.locator('#step-publish [role="status"]').textContent(), ANSWERED)
    .toBe('批次已发布。');
}
