import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { signIn, useBrowser } from './support/browser';
import { agreeVolumes } from './support/outcome-round';
import { BIDDING, PORTAL_PAGES, VISITORS, type PortalPage, type Visitor } from './support/portal-pages';
import { companiesBid, roundIdOf } from './support/round-driver';

// Every page of the portal (support/portal-pages.ts), as the person it is for: it answers, and axe
// finds no serious violation. Then every page as every visitor: none answers 500. Last, the demo's
// bidding round is taken to its agreed volumes and its pages are visited again, full of results.

const browser = useBrowser();

async function visitor(who: Visitor) {
  const page = await browser.page(who);
  if (who !== 'signed-out') await signIn(page, who);
  return page;
}

/** Each page answers 200 and passes axe. */
async function visitAll(page: Page, pages: readonly PortalPage[]) {
  for (const { path, follow } of pages) {
    const answer = await page.goto(path);
    expect([path, answer?.status()]).toEqual([path, 200]);
    await expectAccessible(page);
    if (!follow) continue;
    const target = await page.locator(follow.link).first().getAttribute('href');
    expect(target, `a link ${follow.link} on ${path}`).toBeTruthy();
    const followed = await page.goto(target as string);
    expect([target, followed?.status()]).toEqual([target, 200]);
    await expectAccessible(page);
  }
}

/** The portal's routes, as SvelteKit files them (route groups left out): /company/rounds/[roundCode] … */
function portalRoutes(): string[] {
  const routes = fileURLToPath(new URL('../src/routes', import.meta.url));
  return readdirSync(routes, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === '+page.svelte')
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .filter((part) => part !== '.' && !/^\(.*\)$/.test(part))
          .join('/')}`,
    );
}

describe('every page of the portal', () => {
  it('is on the list: every route has a page to visit', () => {
    const listed = PORTAL_PAGES.flatMap((p) => [p.path, ...(p.follow ? [p.follow.route] : [])]);
    const unlisted = portalRoutes().filter((route) => {
      const pattern = new RegExp(`^${route.replace(/\[[^\]]+\]/g, '[^/]+')}/?$`);
      return !listed.some((path) => path === route || pattern.test(path));
    });
    expect(unlisted).toEqual([]);
  });

  for (const who of VISITORS) {
    const pages = PORTAL_PAGES.filter((p) => p.who === who);
    if (pages.length === 0) continue;
    it(`is accessible to ${who}`, async () => {
      const page = await visitor(who);
      await visitAll(page, pages);
    }, 120_000);
  }

  it('answers no visitor with a 500', async () => {
    const paths = [...new Set(PORTAL_PAGES.map((p) => p.path))];
    const failures: string[] = [];
    await Promise.all(
      VISITORS.map(async (who) => {
        const page = await visitor(who);
        for (const path of paths) {
          const answer = await page.request.get(path, { maxRedirects: 0 });
          if (answer.status() >= 500) failures.push(`${who} ${path}: ${answer.status()}`);
        }
      }),
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it(`is accessible once ${BIDDING} has its results and agreed volumes`, async () => {
    const base = browser.baseUrl();
    const roundId = await roundIdOf(base);
    await companiesBid(base, roundId);
    await agreeVolumes(base, roundId);
    for (const who of VISITORS) {
      const pages = PORTAL_PAGES.filter((p) => p.who === who && p.path.includes(BIDDING));
      if (pages.length > 0) await visitAll(await visitor(who), pages);
    }
  }, 180_000);
});
