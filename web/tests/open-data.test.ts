import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { useBrowser } from './support/browser';
import { DEMO_BIDDING_ROUND } from './support/round-driver';

const browser = useBrowser();

describe('open data on the public round page', () => {
  it('links the round’s OCDS release package, which the API serves with the tender only before the opening', async () => {
    const page = await browser.page('open-data');
    await page.goto(`/rounds/${DEMO_BIDDING_ROUND}`);
    expect(await page.getByRole('heading', { name: '开放数据' }).count()).toBe(1);
    const link = page.getByRole('link', { name: '本批次的 OCDS 开放数据（JSON 发布包）' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/rounds/${DEMO_BIDDING_ROUND}/ocds`);
    await expectAccessible(page);

    const res = await fetch(new URL(href as string, browser.baseUrl()));
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as { version: string; releases: { id: string; tag: string[] }[] };
    expect(pkg.version).toBe('1.1');
    expect(pkg.releases.map((r) => r.tag)).toEqual([['planning', 'tender']]);
  });
});
