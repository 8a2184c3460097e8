import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { DEMO_PASSWORD, signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { client } from './support/round-driver';
import { openSigningRound, SIGNING_ROUND } from './support/signing-round';

const browser = useBrowser();
const started = Date.now();
/** where the journey is, with the seconds since it began (a slow shared machine shows where the time went) */
const step = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);

describe('signing purchase agreements (购销协议签署)', () => {
  it('the hospital signs without JavaScript, the company with it, the office follows the counts', async () => {
    const baseUrl = browser.baseUrl();
    const roundId = await openSigningRound(baseUrl, step);
    step('agreements issued');
    const hospitalApi = await client(baseUrl, 'hospital.bj1');
    const [agreement] = ok(
      await hospitalApi.GET('/rounds/{roundId}/agreements', { params: { path: { roundId } } }),
      'the hospital’s agreements',
    ).items;
    if (!agreement) throw new Error('hospital.bj1 has no agreement');

    // the hospital, JavaScript off: from its home page to the agreement, a wrong password, then signed
    const hospital = await browser.page('hospital', { javaScript: false });
    await signIn(hospital, 'hospital.bj1');
    await hospital.goto('/hospital');
    await hospital.getByRole('link', { name: '购销协议（签署与执行状态）' }).click();
    await hospital.waitForURL('**/hospital/agreements');
    // the newest round is shown first; the demo's execution round may be there too: this round's
    await hospital.goto(`/hospital/agreements?round=${SIGNING_ROUND}`);
    expect(await hospital.getByRole('heading', { level: 1 }).textContent()).toBe('购销协议');
    const card = hospital.locator(`article:has(#agreement-${agreement.id})`);
    expect(await card.getByText('待签署', { exact: true }).count()).toBe(1);
    expect(await card.locator('.hash code').textContent()).toBe(agreement.termsSha256);
    expect(await card.getByRole('cell', { name: '氨氯地平片 AMLO' }).count()).toBe(1);
    await card.getByLabel('登录密码').fill('not the password at all');
    await card.getByRole('button', { name: '签署协议' }).click();
    await hospital.waitForLoadState();
    expect(await hospital.locator(`#password-error-${agreement.id}`).textContent()).toBe('密码不正确');
    await hospital.getByLabel('登录密码').fill(DEMO_PASSWORD);
    await hospital.getByRole('button', { name: '签署协议' }).click();
    await hospital.waitForURL((url) => url.searchParams.get('signed') === agreement.id);
    const signedCard = hospital.locator(`article:has(#agreement-${agreement.id})`);
    expect(await signedCard.getByRole('status').textContent()).toBe('已签署该协议。');
    expect(await signedCard.getByText('待企业签署').count()).toBe(1);
    expect(await signedCard.getByRole('button', { name: '签署协议' }).count()).toBe(0);
    // axe runs scripts in the page: the same page, read with JavaScript on
    const hospitalAxe = await browser.page('hospital-axe');
    await signIn(hospitalAxe, 'hospital.bj1');
    await hospitalAxe.goto(`/hospital/agreements?round=${SIGNING_ROUND}`);
    expect(await hospitalAxe.getByText('待企业签署').count()).toBe(1);
    await expectAccessible(hospitalAxe);
    await saveDocScreenshot(hospitalAxe, 'hospital-agreements');

    step('the hospital signed');
    // the company, JavaScript on
    let companyLogin = '';
    for (const login of ['company.c01', 'company.c02']) {
      const mine = ok(
        await (
          await client(baseUrl, login)
        ).GET('/rounds/{roundId}/agreements', { params: { path: { roundId } } }),
        `${login}'s agreements`,
      ).items;
      if (mine.some((a) => a.id === agreement.id)) companyLogin = login;
    }
    const company = await browser.page('company');
    await signIn(company, companyLogin);
    await company.goto('/company');
    await company.getByRole('link', { name: '购销协议（签署与执行状态）' }).click();
    await company.waitForURL('**/company/agreements');
    await company.goto(`/company/agreements?round=${SIGNING_ROUND}`);
    await company.waitForLoadState('networkidle');
    const companyCard = company.locator(`article:has(#agreement-${agreement.id})`);
    expect(await companyCard.getByText('待企业签署').count()).toBe(1);
    await expectAccessible(company);
    await saveDocScreenshot(company, 'company-agreements');
    await companyCard.getByLabel('登录密码').fill(DEMO_PASSWORD);
    await companyCard.getByRole('button', { name: '签署协议' }).click();
    await expect
      .poll(() =>
        companyCard
          .getByRole('status')
          .textContent()
          .catch(() => null),
      )
      .toBe('已签署该协议。');
    // both signed, the cycle starts on the first of next month (the round's clock)
    expect(await companyCard.getByText('已签署（未到采购周期）').count()).toBe(1);
    expect(await companyCard.getByText('未签署').count()).toBe(0);
    await expectAccessible(company);

    step('the company signed');
    // the office: counts by status and the list filtered on the server
    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto(`/office/rounds/${SIGNING_ROUND}`);
    await office.locator('nav.round-nav').getByRole('link', { name: '购销协议', exact: true }).click();
    await office.waitForURL(`**/office/rounds/${SIGNING_ROUND}/agreements`);
    expect(await office.getByRole('heading', { level: 1 }).textContent()).toBe('购销协议签署情况');
    await expectAccessible(office);
    await saveDocScreenshot(office, 'office-agreements-signing');
    await office.getByLabel('协议状态').selectOption('signed');
    await office.getByRole('button', { name: '筛选' }).click();
    await office.waitForURL((url) => url.searchParams.get('status') === 'signed');
    expect(
      await office.locator('tbody tr').filter({ hasText: '已签署（未到采购周期）' }).count(),
    ).toBeGreaterThan(0);
    const detail = ok(
      await (
        await client(baseUrl, 'office.admin')
      ).GET('/rounds/{roundId}/agreements/{agreementId}', {
        params: { path: { roundId, agreementId: agreement.id } },
      }),
      'the agreement',
    );
    expect(detail.verification).toMatchObject({ termsIntact: true, hospital: true, company: true });
    expect(detail.status).toBe('signed');
  }, 900_000);
});
