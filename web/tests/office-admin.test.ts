import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { publishFreshRound } from './support/admin-round';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { client, takeShare } from './support/round-driver';

const browser = useBrowser();
const ROUND = 'ADMIN-DEMO';
const REGISTRATIONS = `/office/rounds/${ROUND}/registrations`;
const CEREMONY = `/office/rounds/${ROUND}/ceremony`;
let roundId = '';

/** Beijing wall-clock time `minutes` from now, as a datetime-local field takes it. */
const beijing = (minutes: number) =>
  new Date(Date.now() + 8 * 3_600_000 + minutes * 60_000).toISOString().slice(0, 16);

/** One registration's card on the office page, found by its approval number. */
const card = (page: Page, approvalNumber: string) =>
  page.getByRole('article').filter({ hasText: approvalNumber });

describe('the office admin: registrations, key ceremony, outages, organisations, audit', () => {
  it('a company registers for a published round in the portal; the office rejects one (JavaScript off) and approves one', async () => {
    const baseUrl = browser.baseUrl();
    roundId = await publishFreshRound(baseUrl, ROUND);

    // company.c01 registers through the browser
    const company = await browser.page('company');
    await signIn(company, 'company.c01');
    await company.goto('/company');
    const row = company.getByRole('row', { name: new RegExp(ROUND) });
    await expectAccessible(company);
    await row.getByRole('link', { name: `报名 ${ROUND}` }).click();
    await company.waitForURL(`**/company/rounds/${ROUND}/registrations`);
    await company.getByRole('button', { name: '提交报名' }).click();
    await expect.poll(() => company.locator('#reg-specId-error').textContent()).toBe('请选择产品规格');
    await company
      .getByLabel('产品规格', { exact: true })
      .selectOption({ label: 'AMLO 氨氯地平片 · S10 10mg × 28' });
    await company.getByLabel('批准文号').fill('国药准字H20230001');
    await company.getByLabel('批准日期').fill('2020-06-01');
    await company.getByLabel('通过一致性评价日期').fill('2021-09-15');
    await company.getByLabel('年产能（最小销售包装）').fill('50000000');
    await company.getByRole('button', { name: '提交报名' }).click();
    await expect.poll(() => company.textContent('main')).toContain('已提交报名');
    const mine = company.getByRole('table', { name: '已报名的产品规格' });
    expect(await mine.textContent()).toContain('待审核');
    await expectAccessible(company);

    // company.c02's registration comes through the API
    const c02 = await client(baseUrl, 'company.c02');
    const [product] = ok(
      await c02.GET('/rounds/{roundId}/products', { params: { path: { roundId } } }),
      'p',
    ).items;
    ok(
      await c02.POST('/rounds/{roundId}/registrations', {
        params: { path: { roundId } },
        body: {
          productId: product?.id ?? '',
          specId: product?.specs[0]?.id ?? '',
          approvalNumber: '国药准字H20230002',
          approvalDate: '2019-03-01',
          originator: false,
          consistencyPassedOn: null,
          annualCapacity: 1000,
        },
      }),
      'company.c02 registers',
    );

    // the office reviews: approves c01's with JavaScript on
    const office = await browser.page('office');
    await signIn(office, 'office.admin');
    await office.goto(REGISTRATIONS);
    expect(await office.getByRole('article').count()).toBe(2);
    await expectAccessible(office);
    await card(office, '国药准字H20230001')
      .getByRole('button', { name: /^审核通过/ })
      .click();
    await expect.poll(() => office.textContent('main')).toContain('已审核通过');
    expect(await card(office, '国药准字H20230001').textContent()).toContain('审核通过');

    // and rejects c02's without JavaScript: a rejection without a reason is refused next to the field
    const plain = await browser.page('office-no-js', { javaScript: false });
    await signIn(plain, 'office.admin');
    await plain.goto(REGISTRATIONS);
    const c02Card = card(plain, '国药准字H20230002');
    await c02Card.getByRole('button', { name: /^不予通过/ }).click();
    expect(await card(plain, '国药准字H20230002').textContent()).toContain('不予通过须写明原因');
    await card(plain, '国药准字H20230002')
      .getByLabel('不予通过的原因')
      .fill('未通过一致性评价，不符合申报条件');
    await card(plain, '国药准字H20230002')
      .getByRole('button', { name: /^不予通过/ })
      .click();
    expect(await plain.textContent('main')).toContain('已记录不予通过及其原因');
    expect(await card(plain, '国药准字H20230002').textContent()).toContain('原因：未通过一致性评价');

    // the filter is the API's: only the rejected one
    await office.goto(`${REGISTRATIONS}?status=rejected`);
    expect(await office.getByRole('article').count()).toBe(1);
    await office.goto(REGISTRATIONS);
    await saveDocScreenshot(office, 'office-registrations');

    await company.reload();
    expect(await company.getByRole('table', { name: '已报名的产品规格' }).textContent()).toContain(
      '审核通过',
    );
  });

  it('sets up the key ceremony: 2 of 3 officials, after one invalid attempt; then follows who took a share', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto(CEREMONY);
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: /office\.official1/ }).check();
    await page.getByRole('checkbox', { name: /office\.official2/ }).check();
    expect(await page.getByText('已选 2 人').count()).toBe(1);
    await page.getByLabel('开标所需分片数 k').fill('3');
    await page.getByRole('button', { name: '举行仪式' }).click();
    await expect
      .poll(() => page.locator('#ceremony-k-error').textContent())
      .toBe('k 不能超过所选保管人数（2）');
    expect(await page.getByLabel('开标所需分片数 k').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('开标所需分片数 k').fill('2');
    await page.getByRole('button', { name: '举行仪式' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '仪式情况' }).count()).toBe(1);
    expect(await page.textContent('main')).toContain('2 名保管人中任意 2 人交回分片即可开标');
    expect(await page.textContent('main')).toContain('已领取分片：0/2');

    await takeShare(browser.baseUrl(), roundId, 'office.official1');
    await page.reload();
    expect(await page.textContent('main')).toContain('已领取分片：1/2');
    expect(await page.textContent('main')).toContain('投标截止后显示交回的分片数');
    await expectAccessible(page);
  });

  it('searches organisations by name and region on the server and creates a user', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office/organisations');
    await expectAccessible(page);
    const search = page.getByRole('search', { name: '查找机构' });
    await search.getByLabel('名称或统一社会信用代码').fill('北京大学');
    await search.getByLabel('机构类别').selectOption('hospital');
    await search.getByLabel('地区').selectOption({ label: '北京市' });
    await search.getByRole('button', { name: '查找' }).click();
    await page.waitForURL(/q=/);
    expect(new URL(page.url()).searchParams.get('regionCode')).toBe('BJ');
    const names = await page.getByRole('table', { name: '机构列表' }).getByRole('link').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('北京大学'))).toBe(true);
    await saveDocScreenshot(page, 'office-organisations');

    await page.getByRole('link', { name: '北京大学第一医院' }).click();
    await page.waitForURL(/\/office\/organisations\/[0-9a-f-]+$/);
    await expectAccessible(page);
    await page.getByLabel('登录名').fill('hospital.bj-pku1');
    await page.getByLabel('姓名').fill('药学部 王医生');
    await page.getByLabel('初始密码').fill('short');
    await page.getByRole('button', { name: '新增用户' }).click();
    await expect.poll(() => page.locator('#user-password-error').textContent()).toBe('密码至少 12 位');
    await page.getByLabel('初始密码').fill('jicai-demo-2026-pku');
    await page.getByRole('button', { name: '新增用户' }).click();
    await expect.poll(() => page.textContent('main')).toContain('已新增用户 hospital.bj-pku1');
    expect(await page.getByRole('table', { name: '用户' }).textContent()).toContain('医疗机构报量人员');
  });

  it('verifies the audit chain and shows the daily digests', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office/audit');
    await page.getByRole('button', { name: '立即核验' }).click();
    await expect.poll(() => page.textContent('main'), { timeout: 30_000 }).toContain('核验通过：哈希链完整');
    expect(await page.textContent('main')).toMatch(/已核验至第 \d+ 个封存点/);
    await expectAccessible(page);
  });

  it('registers an outage, closes it, and shows the notice it produced', async () => {
    const page = await browser.page('office');
    await signIn(page, 'office.admin');
    await page.goto('/office/outages');
    await expectAccessible(page);
    await page.getByLabel('开始时间').fill(beijing(-30));
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.locator('#outage-cause-error').textContent()).toBe('请填写停机原因');
    await page.getByLabel('原因').fill('机房供电中断');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.textContent('main')).toContain('停机已登记');
    const register = page.getByRole('table', { name: '停机记录' });
    expect(await register.textContent()).toContain('停机中');
    expect(await page.textContent('main')).toContain('平台发生系统故障：机房供电中断');

    await register.getByLabel('恢复时间').fill(beijing(-5));
    await register.getByRole('button', { name: '登记结束' }).click();
    await expect.poll(() => page.textContent('main')).toContain('已登记停机结束时间');
    expect(await page.getByRole('table', { name: '停机记录' }).textContent()).not.toContain('停机中');
    expect(await page.textContent('main')).toContain('系统已恢复：机房供电中断');
    await expectAccessible(page);
  });
});
