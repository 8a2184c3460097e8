import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERRIDE_KEYS } from '../rulesets/apply-overrides.js';
import { BUILT_IN_RULESET_NAMES, BUILT_IN_RULESETS } from '../rulesets/built-in-rulesets.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { arbitraryRulesetChoice, rulesetOf } from '../test-support/arbitrary-round.js';
import { decodeRulesetChoice } from './decode-ruleset.js';

/** The round's `ruleset`: a built-in name or {"extends", ...overrides} (G01, G02). */

function decoded(raw: unknown): Ruleset {
  const result = decodeRulesetChoice(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.ruleset;
}

function lines(raw: unknown, prefix?: string): string[] {
  const result = decodeRulesetChoice(raw, prefix);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

const KNOWN = 'known: nvbp-pilot, nvbp-7, nvbp-10, nvbp-11, gd-alliance, consumables-alliance';

describe('decodeRulesetChoice: built-in names', () => {
  it.each(BUILT_IN_RULESET_NAMES)('%s is the built-in itself', (name) => {
    expect(decoded(name)).toBe(BUILT_IN_RULESETS[name]);
  });

  it('lists the known names for an unknown one', () => {
    expect(lines('nvbp-12')).toEqual([`ruleset: unknown ruleset "nvbp-12" (${KNOWN})`]);
  });

  it('does not take inherited object keys for names', () => {
    expect(lines('toString')).toEqual([`ruleset: unknown ruleset "toString" (${KNOWN})`]);
  });

  it('requires a choice, of the right kind', () => {
    expect(lines(undefined)).toEqual([
      `ruleset: required: a built-in ruleset name (${KNOWN}) or {"extends": …, …overrides}`,
    ]);
    expect(lines(7)).toEqual([
      'ruleset: expected a built-in ruleset name or an object {"extends": …, …overrides}',
    ]);
    expect(lines(['nvbp-7'])).toEqual([
      'ruleset: expected a built-in ruleset name or an object {"extends": …, …overrides}',
    ]);
  });

  it('names problems under the prefix it is given', () => {
    expect(lines('x', 'rulesetB')).toEqual([`rulesetB: unknown ruleset "x" (${KNOWN})`]);
  });
});

describe('decodeRulesetChoice: overrides', () => {
  it('copies the built-in and changes what the override names (the what-if)', () => {
    const ruleset = decoded({ extends: 'nvbp-7', spreadMultiple: '1.5', name: 'what-if-1.5' });
    expect(ruleset).toEqual({ ...BUILT_IN_RULESETS['nvbp-7'], spreadMultiple: '1.5', name: 'what-if-1.5' });
  });

  it('G02: an override without a name keeps the name it extends', () => {
    expect(decoded({ extends: 'nvbp-10', minReduction: '0.40' }).name).toBe('nvbp-10');
  });

  it('G01: regionPicking off drops regions and backups; groupBy null means no grouping', () => {
    const ruleset = decoded({ extends: 'nvbp-7', regionPicking: false, groupBy: null });
    expect(ruleset.volumeAllocation).toBe('none');
    expect(ruleset.backups).toBe(false);
    expect(ruleset.groupBy).toBe('none');
  });

  it('takes every override key with a valid value', () => {
    const everything = {
      extends: 'gd-alliance',
      name: 'all',
      shortlistTable: [1, 2, 2],
      priceCondition: 'anchor',
      spreadMultiple: '2',
      absFloor: { 'oral-solid': '0.1000', injection: '0.0500' },
      minReduction: null,
      anchorShare: '0.6',
      regionPicking: true,
      backups: true,
      brandRouting: true,
      creditExcludedFrom: null,
      capacityMultiple: '2',
      dualEnvelope: true,
      negotiateSingleBid: true,
      thinCompetition: { maxBidders: 2, minReduction: '0.30' },
      groupBy: 'bid.group',
      groupAShare: '0.70',
      noEliminationBelow: 5,
      volumeFactor: { kind: 'pow', base: '1.9', freeUpToMl: '10' },
      formFactors: { injection: '1.2' },
      ladders: {
        general: { ratio: ['0.50', '0.80'], cycleYears: [1, 3] },
        'designated-anti-infective': { ratio: ['0.30'], cycleYears: [1] },
      },
      tieChain: [
        { key: 'ucp', order: 'asc' },
        { key: 'salesVolume', order: 'desc' },
      ],
      rankShares: ['0.70'],
      strengthBase: '2',
      requireConsistencyEvaluation: false,
      qualityLookbackYears: 3,
      excludeViolationList: false,
      exclusiveSoleWinner: false,
    };
    expect(Object.keys(everything).slice(1).sort()).toEqual([...OVERRIDE_KEYS].sort());
    const { extends: _base, regionPicking: _picking, ...fields } = everything;
    expect(decoded(everything)).toEqual({
      ...BUILT_IN_RULESETS['gd-alliance'],
      ...fields,
      volumeAllocation: 'regions',
    });
  });

  it('agrees with applyOverrides for every override the generators draw', () => {
    fc.assert(
      fc.property(arbitraryRulesetChoice(), (choice) => {
        const raw = choice.overrides === null ? choice.name : { extends: choice.name, ...choice.overrides };
        expect(decoded(JSON.parse(JSON.stringify(raw)))).toEqual(rulesetOf(choice));
      }),
    );
  });

  it('leaves the built-in untouched', () => {
    const before = JSON.stringify(BUILT_IN_RULESETS['nvbp-7']);
    decoded({ extends: 'nvbp-7', shortlistTable: [1] });
    expect(JSON.stringify(BUILT_IN_RULESETS['nvbp-7'])).toBe(before);
  });
});

describe('decodeRulesetChoice: refused overrides (exit 2)', () => {
  it('G01: any other key, naming the allowed ones', () => {
    const [line, ...rest] = lines({ extends: 'nvbp-7', multiple: '1.5' });
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^ruleset\.multiple: unknown override key \(allowed: extends, name, shortlistTable, /,
    );
  });

  it('a missing or unknown extends', () => {
    expect(lines({ spreadMultiple: '1.5' })).toEqual([
      `ruleset.extends: required: the built-in ruleset to copy (${KNOWN})`,
    ]);
    expect(lines({ extends: 'nvbp-99' })).toEqual([`ruleset.extends: unknown ruleset "nvbp-99" (${KNOWN})`]);
    expect(lines({ extends: { name: 'nvbp-7' } })).toEqual([
      'ruleset.extends: expected a built-in ruleset name',
    ]);
  });

  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      'a multiple that is not a decimal string',
      { spreadMultiple: 1.5 },
      ['ruleset.spreadMultiple: not a decimal string'],
    ],
    ['an empty shortlist table', { shortlistTable: [] }, ['ruleset.shortlistTable: must not be empty']],
    ['a shortlist of 0', { shortlistTable: [1, 0] }, ['ruleset.shortlistTable[1]: must be an integer ≥ 1']],
    [
      'an unknown price condition',
      { priceCondition: 'cheapest' },
      ['ruleset.priceCondition: must be one of "spread", "spread-revival", "anchor", "lowest"'],
    ],
    [
      'a floor for an unknown form',
      { absFloor: { tablet: '0.1' } },
      [
        'ruleset.absFloor.tablet: not a form (allowed: oral-solid, oral-liquid, injection, consumable, other)',
      ],
    ],
    [
      'a floor that is not a decimal',
      { absFloor: { injection: '0,1' } },
      ['ruleset.absFloor.injection: not a decimal string'],
    ],
    ['a switch that is not a boolean', { backups: 'yes' }, ['ruleset.backups: expected true or false']],
    [
      'a negative credit rank',
      { creditExcludedFrom: -1 },
      ['ruleset.creditExcludedFrom: must be a non-negative integer'],
    ],
    [
      'thin competition without its reduction',
      { thinCompetition: { maxBidders: 2 } },
      ['ruleset.thinCompetition.minReduction: required'],
    ],
    [
      'an unknown grouping',
      { groupBy: 'quality' },
      ['ruleset.groupBy: must be one of "bid.group", "market-volume", "none" or null'],
    ],
    [
      'an unknown volume factor',
      { volumeFactor: { kind: 'linear' } },
      ['ruleset.volumeFactor.kind: must be one of "none", "pow"'],
    ],
    [
      'a power of zero',
      { volumeFactor: { kind: 'pow', base: '0', freeUpToMl: '10' } },
      ['ruleset.volumeFactor.base: must be greater than 0'],
    ],
    [
      'a ladder without ratios',
      {
        ladders: {
          general: { ratio: [], cycleYears: [1] },
          'designated-anti-infective': { ratio: ['0.3'], cycleYears: [1] },
        },
      },
      ['ruleset.ladders.general.ratio: must not be empty'],
    ],
    [
      'a ratio above 1',
      {
        ladders: {
          general: { ratio: ['1.5'], cycleYears: [1] },
          'designated-anti-infective': { ratio: ['0.3'], cycleYears: [1] },
        },
      },
      ['ruleset.ladders.general.ratio[0]: must be at most 1'],
    ],
    [
      'a ladders override missing a class',
      { ladders: { general: { ratio: ['0.5'], cycleYears: [1] } } },
      ['ruleset.ladders.designated-anti-infective: required'],
    ],
    [
      'an unknown tie key',
      { tieChain: [{ key: 'price', order: 'asc' }] },
      [
        'ruleset.tieChain[0].key: must be one of "ucp", "creditRank", "regionsSuppliedLastYear", "salesVolume", "consistencyPassedOn", "approvalDate"',
      ],
    ],
    [
      'an unknown tie order',
      { tieChain: [{ key: 'ucp', order: 'up' }] },
      ['ruleset.tieChain[0].order: must be one of "asc", "desc"'],
    ],
    [
      'a fractional look-back',
      { qualityLookbackYears: 1.5 },
      ['ruleset.qualityLookbackYears: must be a non-negative integer'],
    ],
    ['a name that is not a string', { name: 7 }, ['ruleset.name: expected a string']],
  ];

  it.each(cases)('%s', (_name, override, expected) => {
    expect(lines({ extends: 'nvbp-7', ...override })).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(lines({ extends: 'nvbp-0', spreadMultiple: 'x', foo: 1 }).map((l) => l.split(':')[0])).toEqual([
      'ruleset.extends',
      'ruleset.foo',
      'ruleset.spreadMultiple',
    ]);
  });
});
