import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ok } from '../api';
import { client } from '../round-driver';
import { CATALOGUE_CSV, calendarFrom, JOURNEY_REGIONS, JOURNEY_ROUND } from './round-plan';

/**
 * The office sets the round up: a draft round, its catalogue imported from a CSV file, its
 * calendar, then publication. Returns the round's id.
 */
export async function setUpRound(office: Page, baseUrl: string): Promise<string> {
  const roundId = await createDraft(baseUrl);
  await importCatalogue(office);
  await scheduleAndPublish(baseUrl, roundId);
  return roundId;
}

// TODO(browser): setup — /office/rounds/new creates the draft
async function createDraft(baseUrl: string): Promise<string> {
  const admin = await client(baseUrl, 'office.admin');
  const round = ok(
    await admin.POST('/rounds', {
      body: { ...JOURNEY_ROUND, regionCodes: [...JOURNEY_REGIONS], ruleset: 'nvbp-7' },
    }),
    'create the draft round',
  );
  return round.id;
}

/** The catalogue file, chosen in the office's round page, imported, its counts confirmed. */
async function importCatalogue(office: Page) {
  await office.goto(`/office/rounds/${JOURNEY_ROUND.code}`);
  await office.getByLabel('品种目录文件（.xlsx 或 .csv）').setInputFiles({
    name: 'catalogue.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CATALOGUE_CSV, 'utf8'),
  });
  await office.getByRole('button', { name: '导入', exact: true }).click();
  await expect
    .poll(() => office.locator('[role=status]').first().textContent())
    .toBe('已导入 2 个品种、2 个规格。');
}

// TODO(browser): setup — the calendar and publication steps of /office/rounds/[code]/setup
async function scheduleAndPublish(baseUrl: string, roundId: string) {
  const admin = await client(baseUrl, 'office.admin');
  const path = { params: { path: { roundId } } };
  const clock = ok(await admin.GET('/rounds/{roundId}/clock', path), 'read the round clock');
  ok(
    await admin.PUT('/rounds/{roundId}/calendar', { ...path, body: calendarFrom(new Date(clock.now)) }),
    'set the calendar',
  );
  ok(
    await admin.POST('/rounds/{roundId}/publish', { ...path, headers: { origin: baseUrl } }),
    'publish the round',
  );
}
