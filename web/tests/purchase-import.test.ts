import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { saveDocScreenshot } from './support/docs-screenshot';

const browser = useBrowser();

/** A date some days back (Beijing), so the line is not in the future on the demo's clock. */
const daysAgo = (n: number) =>
  new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
const HEADER = '入库单号,产品编码,企业,规格编码,数量（盒）,单价,金额,入库日期';

/** The template's first agreement line (product, company USCC, spec, awarded price), as the page links it. */
async function firstAgreementLine(page: Page) {
  const href = await page.getByRole('link', { name: '下载采购记录模板（CSV）' }).getAttribute('href');
  const text = (await (await page.request.get(href as string)).text()).replace(/^\uFEFF/, '');
  const [, row] = text.split(/\r?\n/);
  const cells = (row ?? '').split(',');
  return { product: cells[1], company: cells[3], spec: cells[4], price: cells[6] };
}

async function upload(page: Page, name: string, csv: string) {
  await page
    .getByLabel('采购记录文件（.xlsx 或 CSV）')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.waitForLoadState('networkidle');
}

describe('hospital purchase import in the portal', () => {
  it('a hospital imports its HIS export with JavaScript off: a wrong price is refused by row, a good file recorded once', async () => {
    const page = await browser.page('hospital-nojs', { javaScript: false });
    page.setDefaultTimeout(30_000); // a missing element fails by name, not by the test's timeout
    await signIn(page, 'hospital.bj1');
    await page.goto('/hospital');
    await page.getByRole('link', { name: '导入采购记录（HIS 入库数据）' }).click();
    await page.waitForURL('**/hospital/purchases/import');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('采购记录导入');

    const line = await firstAgreementLine(page);
    expect(line.product).toBeTruthy();
    const stamp = Date.now();
    const good = `BT-${stamp}-1,${line.product},${line.company},${line.spec},3,${line.price},,${daysAgo(3)}`;
    const bad = `BT-${stamp}-2,${line.product},${line.company},${line.spec},3,0.01,,${daysAgo(3)}`;
    const badFile = [HEADER, good, bad].join('\r\n');
    await upload(page, '入库单-错误.csv', badFile);
    expect(await page.getByRole('alert').textContent()).toContain('未保存任何数据');
    const problem = page.getByRole('row').filter({ hasText: '不是协议的中选价' });
    expect(await problem.textContent()).toContain('3'); // row 3 of the file
    expect(await problem.textContent()).toContain('单价');

    const goodFile = [
      HEADER,
      good,
      `BT-${stamp}-3,${line.product},${line.company},${line.spec},1,${line.price},,${daysAgo(2)}`,
    ].join('\r\n');
    await upload(page, '入库单-12月.csv', goodFile);
    expect(await page.getByRole('status').textContent()).toContain('已记录 2 行（其中协议内 2 行）');
    expect(await page.getByRole('row').filter({ hasText: '入库单-12月.csv' }).count()).toBe(1);

    // with JavaScript on (use:enhance): the same checks, axe on each state, the same file again adds nothing
    const js = await browser.page('hospital-js');
    js.setDefaultTimeout(30_000);
    await signIn(js, 'hospital.bj1');
    await js.goto('/hospital/purchases/import');
    await js.waitForLoadState('networkidle');
    await expectAccessible(js);
    await upload(js, '入库单-错误.csv', badFile);
    await expect.poll(() => js.getByRole('alert').textContent()).toContain('未保存任何数据');
    await expectAccessible(js);
    await upload(js, '入库单-12月-重发.csv', goodFile);
    await expect.poll(() => js.getByRole('status').textContent()).toContain('该文件此前已导入');
    expect(await js.getByRole('row').filter({ hasText: '入库单-12月' }).count()).toBe(1);
    await expectAccessible(js);
    await saveDocScreenshot(js, 'hospital-purchase-import');
  }, 420_000);
});
