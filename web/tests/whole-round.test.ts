import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { useBrowser } from './support/browser';
import { CompanyBidPage } from './support/journey/company-bid-page';
import { CompanyOutcomePage } from './support/journey/company-outcome-page';
import { CompanyRegistrationPage } from './support/journey/company-registration';
import { CompanyVolumesPage } from './support/journey/company-volumes-page';
import { CustodianPage } from './support/journey/custodian-page';
import { HospitalDemandPage } from './support/journey/hospital-demand';
import { OfficeCeremonyPage } from './support/journey/office-ceremony';
import { OfficeDemandPage } from './support/journey/office-demand-page';
import { OfficeObjectionsPage } from './support/journey/office-objections-page';
import { OfficeRegistrationsPage } from './support/journey/office-registrations-page';
import { OfficeResultsPage } from './support/journey/office-results-page';
import { OfficeRoundPage } from './support/journey/office-round-page';
import { OfficeSelectionPage } from './support/journey/office-selection-page';
import { OfficeVolumesPage } from './support/journey/office-volumes-page';
import { setUpRound } from './support/journey/office-setup';
import { PublicResultsPage } from './support/journey/public-results-page';
import { pageOf, signInEveryone, type People } from './support/journey/people';
import { ReviewQueuePage } from './support/journey/region-review';
import { BIDS, DEMAND, JOURNEY_ROUND, K, OFFICIALS, PRODUCTS } from './support/journey/round-plan';
import { SelectionRoom } from './support/journey/selection-room';

// One new round, from set-up to agreed volumes, driven through the portal by the people who run
// it, each in a browser context of their own: the office admin, the Beijing bureau's reviewer, two
// Beijing hospitals, three bidders and two opening-key custodians. The round's time moves on with
// the office's rehearsal clock (演练时钟); the scheduler takes each timed step on the database clock.
// Nothing goes through the API behind the browser's back: every step is a page a person uses. One
// hospital and one custodian work with JavaScript off (round-plan.ts).

const browser = useBrowser();
const CODE = JOURNEY_ROUND.code;

/** One labelled step: a failure names the step that broke, and the steps after it do not run. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `step «${name}» broke: ${error.message}`;
    throw error;
  } finally {
    timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
const timings: string[] = [];

async function setUp(people: People) {
  await setUpRound(people.office);
  const office = new OfficeRoundPage(people.office, CODE);
  await office.waitUntil('published');
  await expectAccessible(people.office);
  return office;
}

/** The three companies register both products side by side; the office approves each registration. */
async function register(people: People) {
  await Promise.all(
    Object.keys(BIDS).map(async (login, i) => {
      const page = new CompanyRegistrationPage(pageOf(people.companies, login), CODE);
      await page.openFromList();
      for (const [p, product] of PRODUCTS.entries())
        await page.register(product.code, `国药准字H2026${i}${p}01`);
    }),
  );
  await expectAccessible(pageOf(people.companies, 'company.c01'));
  await new OfficeRegistrationsPage(people.office, CODE).approveAll(
    Object.keys(BIDS).length * PRODUCTS.length,
  );
  await expectAccessible(people.office);
}

/** Demand opens; two Beijing hospitals report side by side; the bureau approves; the window closes. */
async function demandAndReview(people: People, office: OfficeRoundPage) {
  await office.jumpPast('报量开始', 'demand-open');
  await Promise.all(
    Object.entries(DEMAND).map(async ([login, lines]) => {
      const page = new HospitalDemandPage(pageOf(people.hospitals, login), CODE);
      await page.openFromList();
      for (const [productCode, quantity] of Object.entries(lines))
        await page.report(productCode, quantity, quantity);
    }),
  );
  await expectAccessible(pageOf(people.hospitals, 'hospital.bj1'));
  const queue = new ReviewQueuePage(people.bureau, CODE);
  await queue.openFromList();
  await queue.approveAll(Object.values(DEMAND).flatMap(Object.keys).length);
  await expectAccessible(people.bureau);
  const demand = new OfficeDemandPage(people.office, CODE);
  expect(await demand.beijingReported()).toMatch(/^2 \/ \d+$/);
  await expectAccessible(people.office);
  await office.jumpPast('报量截止', 'demand-closed');
  await demand.lock();
  await office.waitUntil('demand-locked');
}

/** The ceremony, then each custodian takes the share (shown once) in their own browser. */
async function keyCeremony(people: People): Promise<Map<string, string>> {
  await new OfficeCeremonyPage(people.office, CODE).hold(OFFICIALS, K);
  await expectAccessible(people.office);
  const taken = await Promise.all(
    OFFICIALS.map(async (login) => {
      const page = new CustodianPage(pageOf(people.officials, login), CODE);
      return [login, await page.takeShare()] as const;
    }),
  );
  await expectAccessible(pageOf(people.officials, OFFICIALS[0]));
  return new Map(taken);
}

/** Bidding opens; the three companies bid side by side, each on both products. */
async function bid(people: People, office: OfficeRoundPage) {
  await office.jumpPast('投标开始', 'bidding-open');
  await Promise.all(
    Object.entries(BIDS).map(async ([login, prices]) => {
      const page = new CompanyBidPage(pageOf(people.companies, login), CODE);
      await page.openFromList();
      for (const product of PRODUCTS) await page.bid(product.name, prices[product.code] as string);
    }),
  );
  await expectAccessible(pageOf(people.companies, 'company.c01'));
}

/** The deadline passes; k custodians hand in their shares and the bids open and are evaluated. */
async function open(people: People, office: OfficeRoundPage, shares: Map<string, string>) {
  await office.jumpPast('投标截止', 'bidding-closed');
  await office.jumpPast('开标', 'bidding-closed');
  for (const login of OFFICIALS)
    await new CustodianPage(pageOf(people.officials, login), CODE).handIn(shares.get(login) as string);
  await office.waitUntil('evaluated');
  const results = new OfficeResultsPage(people.office, CODE);
  await results.open();
  expect(await results.products().count()).toBe(PRODUCTS.length);
  expect(await results.products().first().textContent()).toContain('约定采购量');
  await expectAccessible(people.office);
}

/** The proposed winners are published; the losing company objects and the office answers. */
async function objections(people: People, office: OfficeRoundPage) {
  // the proposed winners are published from the round page
  await office.publishProposed();
  const c01 = new CompanyOutcomePage(pageOf(people.companies, 'company.c01'), CODE);
  await c01.open();
  expect(await c01.badges()).toEqual(['拟中选', '拟中选']);
  const c03 = new CompanyOutcomePage(pageOf(people.companies, 'company.c03'), CODE);
  await c03.open();
  expect((await c03.badges()).some((b) => b.includes('未中选'))).toBe(true);
  const statement = '我司氨氯地平片的单位可比价计算有误，请复核。';
  await c03.object('氨氯地平片', statement);
  const answer = '经复核，计算无误，异议不成立。';
  const inbox = new OfficeObjectionsPage(people.office, CODE);
  await inbox.reject('AMLO', answer);
  await expectAccessible(people.office);
  expect(await c03.answerTo(statement)).toContain(answer);
}

/** Past the objection period the award is published and region selection starts. */
async function award(people: People, office: OfficeRoundPage) {
  await office.jumpPast('异议期结束', 'objection-period');
  await new OfficeObjectionsPage(people.office, CODE).publishAward();
  await office.waitUntil('awarded');
  await new OfficeSelectionPage(people.office, CODE).start();
  await expectAccessible(people.office);
  await office.waitUntil('region-selection');
}

/**
 * The winners pick in their rooms whenever it is their turn; a turn nobody in this test holds runs
 * out on the rehearsal clock and takes its default pick, until the volumes are agreed.
 */
async function regionSelection(people: People, office: OfficeRoundPage) {
  const rooms = [...people.companies].map(([, page]) => new SelectionRoom(page, CODE));
  for (let round = 0; round < 12; round++) {
    await office.open();
    if ((await office.state()) === 'volumes-agreed') return;
    // one company after the other: each reads the room after the last pick
    const picked: string[] = [];
    for (const room of rooms) picked.push(...(await room.pickWhereMyTurn()));
    if (picked.length === 0) await office.jumpPast('本轮选区时限', 'region-selection');
  }
  await office.waitUntil('volumes-agreed');
}

/** The office reads the agreed volumes by region and company; a winner reads its own by hospital. */
async function agreedVolumes(people: People, office: OfficeRoundPage) {
  await office.waitUntil('volumes-agreed');
  const overview = new OfficeVolumesPage(people.office, CODE);
  await overview.open();
  expect(await overview.rows('by-region').count()).toBeGreaterThan(0);
  // only Beijing reported demand: the winner that picked it holds every agreed volume
  expect(await overview.rows('by-company').count()).toBeGreaterThan(0);
  await expectAccessible(people.office);
  const c01 = new CompanyVolumesPage(pageOf(people.companies, 'company.c01'), CODE);
  await c01.open();
  expect(await c01.totalRows()).toBeGreaterThan(0);
  expect(await c01.lineText()).toContain('北京协和医院');
  await expectAccessible(c01.page);
}

/** Anyone, signed out, reads the award: each product's winners and their prices. */
async function publicAward() {
  const results = new PublicResultsPage(await browser.page('public'), CODE);
  await results.openAward();
  for (const product of PRODUCTS) {
    const table = await results.productTable(product.name);
    expect(table).toContain('中选');
    expect(table).not.toContain('拟中选');
    expect(table).toContain(BIDS['company.c01']?.[product.code] as string);
  }
  await expectAccessible(results.page);
}

describe('a whole round, from set-up to agreed volumes, in the browser alone', () => {
  it('runs set-up, demand, review, key ceremony, bids, opening, objections, award, region selection, agreed volumes', async () => {
    try {
      const people = await step('0 everyone signs in', () => signInEveryone(browser));
      const office = await step('1 the office sets the round up', () => setUp(people));
      await step('2 the companies register, the office approves', () => register(people));
      await step('3 hospitals report, the bureau reviews', () => demandAndReview(people, office));
      const shares = await step('4 key ceremony', () => keyCeremony(people));
      await step('5 the companies bid', () => bid(people, office));
      await step('6 the custodians open', () => open(people, office, shares));
      await step('7 proposed winners and objections', () => objections(people, office));
      await step('8 the award', () => award(people, office));
      await step('9 region selection', () => regionSelection(people, office));
      await step('10 agreed volumes', () => agreedVolumes(people, office));
      await step('11 the public reads the award', publicAward);
    } finally {
      console.info(`whole round, step by step:\n  ${timings.join('\n  ')}`);
    }
  }, 240_000);
});
