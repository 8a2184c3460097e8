import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { BUILT_IN_RULESETS } from '../rulesets/built-in-rulesets.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { arbitraryRound } from '../test-support/arbitrary-round.js';
import { checkRoundAgainstRuleset, decodeRoundInput, type DecodedRound } from './decode-round-input.js';
import { at, put, sampleRoundJson, sampleRoundWith } from '../test-support/sample-round.js';

/** Contract "Input validity" with G04, G17, G27, G31, G38, G39, G41, G42, G47, G53. */

type Json = Record<string, unknown>;

function decodeOk(json: unknown): DecodedRound {
  const result = decodeRoundInput(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

describe('decodeRoundInput: a valid round', () => {
  it('converts to the domain types: Dec money, exact instants, nulls for omitted fields', () => {
    const { ruleset, input } = decodeOk(sampleRoundJson());
    expect(ruleset).toBe('nvbp-7');
    const bid = at(input.bids, 0);
    expect(bid.packPrice).toBeInstanceOf(Dec);
    expect(bid.packPrice.eq('10.5')).toBe(true);
    expect(bid.submittedAt).toBe('2026-11-20T09:30:00+08:00');
    expect(bid.submittedAtInstant.eq(Date.UTC(2026, 10, 20, 1, 30) / 1000)).toBe(true);
    const spec = at(at(input.products, 0).specs, 1);
    expect(spec.strength.eq(20)).toBe(true);
    expect(spec.strengthUnit).toBeNull();
    expect(spec.ceiling.eq('3.4')).toBe(true);
    expect(at(at(input.products, 1).specs, 0).volumeMl?.eq(10)).toBe(true);
    expect(input.deadline).toBe('2026-11-20T11:00:00+08:00');
    expect(input.demand).toHaveLength(3);
  });

  it('G53: nullable fields and regionPreferences may be omitted, unknown fields are ignored', () => {
    const doc = sampleRoundWith((d) => {
      const bid = at(d.bids, 0) as Json;
      for (const key of [
        'consistencyPassedOn',
        'group',
        'marketVolume',
        'technicalPass',
        'revival',
        'regionPreferences',
      ])
        delete bid[key];
      delete (bid['company'] as Json)['affiliateGroup'];
      bid['futureField'] = { anything: 1 };
      const line = at(d.demand, 0) as Json;
      for (const key of ['brandCompanyId', 'lastYearVolume', 'group']) delete line[key];
      put(d, 'comment', 'published 2026-11-20');
      delete (d as Json)['regions'];
      for (const l of d.demand) delete (l as Json)['regionId'];
    });
    const { input } = decodeOk(doc);
    const bid = at(input.bids, 0);
    expect(bid).toMatchObject({
      consistencyPassedOn: null,
      group: null,
      marketVolume: null,
      technicalPass: null,
      revival: null,
      regionPreferences: [],
    });
    expect(bid.company.affiliateGroup).toBeNull();
    expect('futureField' in bid).toBe(false);
    expect(at(input.demand, 0)).toEqual({
      institutionId: 'H1',
      regionId: null,
      productId: 'P1',
      quantity: 100000,
      brandCompanyId: null,
      lastYearVolume: null,
      group: null,
    });
    expect(input.regions).toBeNull();
  });

  it('G04: a specId its product does not know is for eligibility, not an input error', () => {
    expect(decodeRoundInput(sampleRoundWith((d) => (at(d.bids, 0).specId = 'S404'))).ok).toBe(true);
  });

  it('G38: without regions, demand regionId is not checked', () => {
    const doc = sampleRoundWith((d) => {
      d.regions = null;
      at(d.demand, 0).regionId = 'ANYWHERE';
      at(d.demand, 1).regionId = null;
    });
    expect(decodeRoundInput(doc).ok).toBe(true);
  });

  it('G17: brandCompanyId may name a bidder of the product', () => {
    expect(decodeRoundInput(sampleRoundWith((d) => (at(d.demand, 0).brandCompanyId = 'C3'))).ok).toBe(true);
  });

  it('decodes every valid round the generators draw, unchanged', () => {
    fc.assert(
      fc.property(arbitraryRound(), (round) => {
        const json: unknown = JSON.parse(JSON.stringify({ ruleset: 'nvbp-7', ...round }));
        const { input } = decodeOk(json);
        // compared as plain JSON: Dec values by their text, key order aside
        expect(JSON.parse(JSON.stringify(input))).toEqual(JSON.parse(JSON.stringify(round)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkRoundAgainstRuleset', () => {
  const ruleset = (name: string): Ruleset => {
    const found = BUILT_IN_RULESETS[name];
    if (!found) throw new Error(name);
    return found;
  };

  it('requires regions of a ruleset that picks supply regions', () => {
    expect(checkRoundAgainstRuleset({ regions: null }, ruleset('nvbp-7'))).toEqual([
      { path: 'regions', message: 'required: ruleset "nvbp-7" picks supply regions' },
    ]);
    expect(checkRoundAgainstRuleset({ regions: ['BJ'] }, ruleset('nvbp-7'))).toEqual([]);
  });

  it('lets rulesets without region picking do without', () => {
    expect(checkRoundAgainstRuleset({ regions: null }, ruleset('gd-alliance'))).toEqual([]);
    expect(checkRoundAgainstRuleset({ regions: null }, ruleset('consumables-alliance'))).toEqual([]);
  });
});
