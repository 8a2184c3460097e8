import { isWorkingDay } from '@jicai/domain';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ok } from '../api';
import { client } from '../round-driver';
import { toExceptions } from '../../../src/lib/office/setup/working-month';
import { CATALOGUE_CSV, calendarFrom, JOURNEY_ROUND } from './round-plan';
import { ANSWERED } from './wait';

/**
 * The office sets the round up in the guided set-up (/office/rounds/new, then
 * /office/rounds/[code]/setup): a draft round for Beijing and Tianjin, its catalogue imported from
 * a CSV file, its calendar, then publication.
 */
export async function setUpRound(office: Page, baseUrl: string) {
  await createDraft(office);
  await importCatalogue(office);
  await setCalendar(office, await workingDays(baseUrl));
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

/** Whether a Beijing day is a working day, by the office's calendar (调休 and holidays included). */
async function workingDays(baseUrl: string): Promise<(day: string) => boolean> {
  const admin = await client(baseUrl, 'office.admin');
  const year = new Date().getUTCFullYear();
  const lists = await Promise.all(
    [year, year + 1].map(async (y) =>
      ok(await admin.GET('/calendar/working-days', { params: { query: { year: y } } }), 'working days'),
    ),
  );
  const exceptions = toExceptions(lists.flatMap((l) => l.items));
  return (day) => isWorkingDay(day, exceptions);
}

async function setCalendar(office: Page, isWorking: (day: string) => boolean) {
  const calendar = calendarFrom(new Date(), isWorking);
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
