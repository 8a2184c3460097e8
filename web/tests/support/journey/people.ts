import type { Page } from 'playwright-core';
import { signIn } from '../browser';
import { BIDDERS, HOSPITALS, OFFICIALS, WITHOUT_JAVASCRIPT } from './round-plan';

/** What `useBrowser()` hands a test: a fresh browser context (own cookies) per call. */
export interface BrowserPages {
  page(name: string, options?: { javaScript?: boolean; locale?: 'zh-CN' | 'en' }): Promise<Page>;
}

/** Everyone who takes part in the round, each in a browser context of their own, signed in. */
export interface People {
  readonly office: Page;
  readonly bureau: Page;
  readonly hospitals: ReadonlyMap<string, Page>;
  readonly companies: ReadonlyMap<string, Page>;
  readonly officials: ReadonlyMap<string, Page>;
}

async function signedIn(browser: BrowserPages, login: string): Promise<[string, Page]> {
  const page = await browser.page(login, { javaScript: !WITHOUT_JAVASCRIPT.has(login) });
  await signIn(page, login);
  return [login, page];
}

/** Opens a context per person (JavaScript off for some) and signs them all in side by side. */
export async function signInEveryone(browser: BrowserPages): Promise<People> {
  const all = (logins: readonly string[]) => Promise.all(logins.map((l) => signedIn(browser, l)));
  const [[office], [bureau], hospitals, companies, officials] = await Promise.all([
    all(['office.admin']),
    all(['bureau.bj']),
    all(HOSPITALS),
    all(BIDDERS),
    all(OFFICIALS),
  ]);
  return {
    office: (office as [string, Page])[1],
    bureau: (bureau as [string, Page])[1],
    hospitals: new Map(hospitals),
    companies: new Map(companies),
    officials: new Map(officials),
  };
}

/** The page of `login` in a map of people, or the test fails naming whom it missed. */
export function pageOf(people: ReadonlyMap<string, Page>, login: string): Page {
  const page = people.get(login);
  if (!page) throw new Error(`nobody signed in as ${login}`);
  return page;
}
