import { describe, expect, it } from 'vitest';
import { ok } from './support/api';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';
import { agreeVolumes } from './support/outcome-round';
import { client, companiesBid, publishProposed, roundIdOf, roundState } from './support/round-driver';

const browser = useBrowser();
const OUTCOME = '/company/rounds/NVBP7-DEMO/outcome';
const VOLUMES = '/company/rounds/NVBP7-DEMO/volumes';

// One demo world for the file, taken forward test by test: before the opening, after it (the
// objection period), then past region selection to the agreed volumes.
describe('a company after the opening: outcome, objections, revival, agreed volumes', () => {
  it('shows nothing before the opening, and is a 404 to other roles', async () => {
    const page = await browser.page('before');
    await page.goto(OUTCOME);
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'company.c01');
    await page.goto(OUTCOME);
    expect(await page.locator('.notice').textContent()).toContain('尚未开标');
    await expectAccessible(page);

    const hospital = await browser.page('hospital');
    await signIn(hospital, 'hospital.bj1');
    expect((await hospital.goto(OUTCOME))?.status()).toBe(404);
    expect((await hospital.goto(VOLUMES))?.status()).toBe(404);
    expect((await hospital.goto(`${VOLUMES}/volumes.csv`))?.status()).toBe(404);
  });

  it('explains my outcome after the opening and lists the proposed winners', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);
    await publishProposed(base, roundId);
    expect(await roundState(base, roundId)).toBe('objection-period');

    const page = await browser.page('outcome');
    await signIn(page, 'company.c01');
    await page.goto(OUTCOME);
    const mine = page.getByRole('region', { name: '本企业投标结果' });
    const bids = mine.locator('article');
    expect(await bids.count()).toBeGreaterThan(0);
    // every bid says what became of it and why, with its rank and the price condition
    const first = bids.first();
    expect(await first.locator('.badge').textContent()).toMatch(/拟中选|未中选|无效投标|议价/);
    expect(await first.locator('.why').textContent()).toBeTruthy();
    expect(await first.textContent()).toContain('最低单位可比价');
    expect(await first.textContent()).toMatch(/第 \d+ 名（有效投标 \d+ 家，最多入围 \d+ 家）/);

    const winners = page.getByRole('region', { name: '拟中选结果' });
    expect(await winners.locator('section.product').count()).toBe(8);
    expect(await winners.locator('table').count()).toBeGreaterThan(0);
    const prices = await winners.locator('tbody td:nth-child(5)').allTextContents();
    expect(prices.some((p) => /^\d{1,3}(,\d{3})*\.\d{2}$/.test(p.trim()))).toBe(true);
    await expectAccessible(page);
    await saveDocScreenshot(page, 'outcome-zh');

    const en = await browser.page('outcome-en', { locale: 'en' });
    await signIn(en, 'company.c01');
    await en.goto(OUTCOME);
    expect(await en.getByRole('heading', { level: 2, name: 'Proposed winners' }).count()).toBe(1);
    await expectAccessible(en);
    await saveDocScreenshot(en, 'outcome-en');
  });

  it('files a typed objection without JavaScript, the error next to the field, and shows the answer', async () => {
    const page = await browser.page('objection', { javaScript: false });
    await signIn(page, 'company.c02');
    await page.goto(OUTCOME);
    // the period's end, 17:00 of its last working day, counting down
    expect(await page.locator('.period').textContent()).toMatch(/异议期至 \d{4}\/\d{2}\/\d{2} 17:00/);
    expect(await page.locator('.period').getByRole('timer').count()).toBe(1);
    await page.getByLabel('异议类型').selectOption({ label: '价格计算' });
    await page.getByLabel('所涉品种').selectOption({ index: 1 });
    await page.getByLabel('异议陈述').fill('   '); // blank: past the browser's `required`, refused by the server
    await page.getByRole('button', { name: '提交异议' }).click();
    // the statement is missing: said next to it, the choices kept
    await page.waitForSelector('#objection-statement-error');
    expect(await page.locator('#objection-statement-error').textContent()).toBe('请填写异议陈述');
    expect(await page.getByLabel('异议类型').inputValue()).toBe('price-calculation');

    const statement = '我方规格的单位可比价计算有误，请复核差比价系数。';
    await page.getByLabel('异议陈述').fill(statement);
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.waitForSelector('.objections li');
    expect(await page.getByRole('status').textContent()).toContain('异议已提交');
    const filed = page.locator('.objections li').first();
    expect(await filed.textContent()).toContain('价格计算');
    expect(await filed.textContent()).toContain(statement);
    expect(await filed.textContent()).toContain('待答复');

    // the office answers; the company reads the answer under its objection
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    const company = await client(base, 'company.c02');
    const [objection] = ok(
      await company.GET('/rounds/{roundId}/objections', { params: { path: { roundId } } }),
      'my objections',
    ).items;
    if (!objection) throw new Error('the objection is not listed by the API');
    const admin = await client(base, 'office.admin');
    const answer = '经复核，差比价计算符合规则第 5 节，异议不成立。';
    ok(
      await admin.POST('/rounds/{roundId}/objections/{id}/answer', {
        params: { path: { roundId, id: objection.id } },
        body: { decision: 'rejected', answer },
      }),
      'the office answers',
    );
    await page.goto(OUTCOME);
    const answered = page.locator('.objections li').first();
    expect(await answered.textContent()).toContain('不成立');
    expect(await answered.locator('.answer').textContent()).toContain(answer);
    await saveDocScreenshot(page, 'outcome-objection-zh');

    // another company does not see it
    const other = await browser.page('other-company');
    await signIn(other, 'company.c03');
    await other.goto(OUTCOME);
    expect(await other.locator('.objections li').count()).toBe(0);
  });

  it('has no revival offer to answer in the demo round (nvbp-7 offers no revival): says so', async () => {
    const page = await browser.page('revival');
    await signIn(page, 'company.c01');
    await page.goto(OUTCOME);
    const revival = page.getByRole('region', { name: '复活邀请', exact: true });
    expect(await revival.textContent()).toContain('没有复活邀请');
    expect(await revival.getByRole('button').count()).toBe(0);
  });

  it('lists my agreed volumes by region and hospital, and downloads them as CSV', async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await agreeVolumes(base, roundId);
    const company = await client(base, 'company.c01');
    const lines = ok(
      await company.GET('/rounds/{roundId}/agreed-volumes', {
        params: { path: { roundId }, query: { limit: 500 } },
      }),
      'my agreed volumes',
    );
    expect(lines.items.length).toBeGreaterThan(0);

    const page = await browser.page('volumes');
    await signIn(page, 'company.c01');
    await page.goto(VOLUMES);
    expect(await page.locator('table.totals tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table.lines tbody tr').count()).toBe(Math.min(100, lines.items.length));
    expect(await page.locator('table.lines thead').textContent()).toContain('医疗机构');
    await expectAccessible(page);
    await saveDocScreenshot(page, 'volumes-zh', { fullPage: false });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 CSV' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(download.suggestedFilename()).toBe('agreed-volumes-NVBP7-DEMO.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      '品种编码,品种,分组,地区编码,地区,医疗机构,规格,每包装数量,约定采购量（最小单位）,中选价（元/包装）,金额（元）',
    );
    expect(rows.length - 1).toBeGreaterThanOrEqual(lines.items.length);
    const cells = rows.slice(1).map((r) => r.split(','));
    for (const c of cells) {
      expect(c[8]).toMatch(/^\d+$/);
      expect(c[9]).toMatch(/^\d+\.\d{2}$/);
      expect(c[10]).toMatch(/^\d+\.\d{2}$/);
    }
    // the file says what the API says, line for line (amounts as the API's decimal strings)
    const line = lines.items[0];
    expect(cells.some((c) => c[0] === line?.productCode && c[10] === line?.amount)).toBe(true);

    // a filter is an address: one region only
    const region = line?.regionId as string;
    await page.goto(`${VOLUMES}?region=${region}`);
    const regionNames = await page.locator('table.lines tbody td:nth-child(2)').allTextContents();
    expect(new Set(regionNames)).toEqual(new Set([line?.regionName]));

    // the award is fixed: winners are 中选 now, no longer 拟中选
    await page.goto(OUTCOME);
    expect(await page.getByRole('heading', { level: 2, name: '中选结果' }).count()).toBe(1);
    expect(await page.locator('article .badge').first().textContent()).not.toContain('拟中选');

    const en = await browser.page('volumes-en', { locale: 'en' });
    await signIn(en, 'company.c01');
    await en.goto(`${VOLUMES}?region=${region}`);
    expect(await en.locator('table.lines thead').textContent()).toContain('Hospital');
    await expectAccessible(en);
    await saveDocScreenshot(en, 'volumes-en');
  });
});
