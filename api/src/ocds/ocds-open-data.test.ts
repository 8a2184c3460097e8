import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROUNDS, seedDemoIfEmpty } from '../seed/demo-seed.js';
import { ocdsValidators } from '../test-support/ocds-validators.js';
import { validRoundPackage } from '../test-support/ocds-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { valueOf } from './ocds-value.js';

let t: TestContext;
const validators = ocdsValidators();

beforeAll(async () => {
  t = await createTestContext();
  await seedDemoIfEmpty(t.db, t.deps.signer);
});
afterAll(() => t.close());

const roundIdOf = async (code: string) =>
  (await t.db.selectFrom('round').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('the demo rounds as open data', () => {
  it('publishes each demo round as a package that validates, naming no company before the opening', async () => {
    const companies = (
      await t.db.selectFrom('organisation').select('id').where('kind', '=', 'company').execute()
    ).map((c) => c.id);
    expect(companies.length).toBeGreaterThan(0);
    for (const code of [DEMO_ROUNDS.bidding, DEMO_ROUNDS.demand]) {
      const { body, text } = await validRoundPackage(t, await roundIdOf(code));
      expect(body.releases.map((r: { id: string }) => r.id)).toEqual([`ocds-jicai0-${code}-tender`]);
      expect(body.extensions).toEqual(['http://localhost/api/ocds/extension/extension.json']);
      expect(companies.filter((id) => text.includes(id))).toEqual([]);
    }
  });
});

describe('the Jicai OCDS extension', () => {
  it('is served: extension.json names its schema patch and codelists, each served too', async () => {
    const res = await t.request('/api/ocds/extension/extension.json');
    expect(res.status).toBe(200);
    const extension = (await res.json()) as {
      schemas: string[];
      codelists: string[];
      compatibility: string[];
    };
    expect(extension.compatibility).toEqual(['1.1']);
    for (const schema of extension.schemas)
      expect((await t.request(`/api/ocds/extension/${schema}`)).status).toBe(200);
    for (const codelist of extension.codelists) {
      const csv = await t.request(`/api/ocds/extension/codelists/${codelist}`);
      expect(csv.status).toBe(200);
      expect((await csv.text()).startsWith('Code,Title,Description\n')).toBe(true);
    }
    expect((await t.request('/api/ocds/extension/../../package.json')).status).toBe(404);
  });

  it('is merged into the official schema: the validators refuse what our extension or OCDS forbids', async () => {
    const { body } = await validRoundPackage(t, await roundIdOf(DEMO_ROUNDS.bidding));
    const tamper = (change: (pkg: any) => void) => {
      const copy = structuredClone(body);
      change(copy);
      return copy;
    };
    // OCDS: an amount is a number; our extension: amountText is exact decimal text
    const item = (pkg: any) => pkg.releases[0].tender.items[0];
    expect(
      validators.officialPackage(tamper((p) => (item(p).ceilingUnitPrice.amount = '2.0000'))),
    ).not.toEqual([]);
    expect(
      validators.officialPackage(tamper((p) => (item(p).ceilingUnitPrice.amountText = '2,0'))),
    ).not.toEqual([]);
    expect(validators.officialPackage(tamper((p) => (p.releases[0].tag = ['bids'])))).not.toEqual([]);
    // ours: a tender release carrying bids is published before its time
    expect(
      validators.ownPackage(tamper((p) => (p.releases[0].bids = { statistics: [], details: [] }))),
    ).not.toEqual([]);
  });

  it('writes amounts digit for digit from decimal strings, never through a float', () => {
    const text = JSON.stringify({ value: valueOf('123456789012345678.0100') });
    expect(text).toBe(
      '{"value":{"amount":123456789012345678.0100,"amountText":"123456789012345678.0100","currency":"CNY"}}',
    );
    expect(() => valueOf('1e5')).toThrow();
    expect(() => valueOf('NaN')).toThrow();
  });
});
