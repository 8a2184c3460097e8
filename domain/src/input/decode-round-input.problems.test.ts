import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRound } from '../test-support/arbitrary-round.js';
import { decodeRoundInput } from './decode-round-input.js';
import type { InputProblem } from './input-problem.js';
import { at, put, sampleRoundWith, type SampleRoundJson } from '../test-support/sample-round.js';

/** Every class of input problem (contract "Input validity", G17, G27, G31, G38, G39, G41, G42, G47): its path and message. */

type Json = Record<string, unknown>;

function problemsOf(json: unknown): InputProblem[] {
  const result = decodeRoundInput(json);
  if (result.ok) throw new Error('expected problems, the round decoded');
  return result.problems;
}

function lines(json: unknown): string[] {
  return problemsOf(json).map((p) => `${p.path}: ${p.message}`);
}

describe('decodeRoundInput: every problem, with its path', () => {
  const cases: [string, (d: SampleRoundJson) => void, string[]][] = [
    ['not an object', (d) => put(d, 'products', 'P1'), ['products: expected an array']],
    ['missing deadline', (d) => delete (d as Json)['deadline'], ['deadline: required']],
    [
      'deadline without offset',
      (d) => (d.deadline = '2026-11-20T11:00:00'),
      ['deadline: not an RFC 3339 date-time with an offset'],
    ],
    [
      'duplicate region',
      (d) => (d.regions = ['BJ', 'TJ', 'HE', 'BJ']),
      ['regions[3]: duplicate region "BJ" (also regions[0])'],
    ],
    [
      'wrong type',
      (d) => put(at(d.bids, 1), 'originator', 'no'),
      ['bids[1].originator: expected true or false'],
    ],
    [
      'packPrice as a number',
      (d) => put(at(d.bids, 3), 'packPrice', 10.5),
      ['bids[3].packPrice: not a decimal string'],
    ],
    [
      'packPrice with 3 decimals',
      (d) => (at(d.bids, 3).packPrice = '2.105'),
      ['bids[3].packPrice: more than 2 decimals'],
    ],
    [
      'packPrice with a sign',
      (d) => (at(d.bids, 0).packPrice = '-1.00'),
      ['bids[0].packPrice: not a decimal string'],
    ],
    [
      'ceiling with 5 decimals',
      (d) => (at(at(d.products, 0).specs, 1).ceiling = '3.40000'),
      ['products[0].specs[1].ceiling: more than 4 decimals'],
    ],
    [
      'zero ceiling',
      (d) => (at(at(d.products, 0).specs, 0).ceiling = '0.0000'),
      ['products[0].specs[0].ceiling: must be greater than 0'],
    ],
    [
      'zero strength',
      (d) => (at(at(d.products, 0).specs, 0).strength = '0'),
      ['products[0].specs[0].strength: must be greater than 0'],
    ],
    [
      'zero volume',
      (d) => (at(at(d.products, 1).specs, 0).volumeMl = '0.0'),
      ['products[1].specs[0].volumeMl: must be greater than 0'],
    ],
    [
      'zero units per pack',
      (d) => (at(at(d.products, 0).specs, 0).unitsPerPack = 0),
      ['products[0].specs[0].unitsPerPack: must be an integer ≥ 1'],
    ],
    [
      'unknown form',
      (d) => (at(d.products, 1).form = 'tablet'),
      ['products[1].form: must be one of "oral-solid", "oral-liquid", "injection", "consumable", "other"'],
    ],
    [
      'unknown volume class',
      (d) => (at(d.products, 1).volumeClass = 'rare'),
      ['products[1].volumeClass: must be one of "general", "designated-anti-infective", "exclusive"'],
    ],
    [
      'negative quantity',
      (d) => (at(d.demand, 2).quantity = -1),
      ['demand[2].quantity: must be a non-negative integer'],
    ],
    [
      'fractional quantity',
      (d) => (at(d.demand, 1).quantity = 1.5),
      ['demand[1].quantity: must be a non-negative integer'],
    ],
    [
      'quantity above 2^53 − 1',
      (d) => (at(d.demand, 1).quantity = 2 ** 53),
      ['demand[1].quantity: must be at most 2^53 − 1 (G41)'],
    ],
    [
      'quantity as a string',
      (d) => put(at(d.demand, 0), 'quantity', '100'),
      ['demand[0].quantity: must be a non-negative integer'],
    ],
    [
      'negative market volume',
      (d) => (at(d.bids, 0).marketVolume = -5),
      ['bids[0].marketVolume: must be a non-negative integer'],
    ],
    [
      'fractional credit rank',
      (d) => (at(d.bids, 0).company.creditRank = 0.5),
      ['bids[0].company.creditRank: must be a non-negative integer'],
    ],
    [
      'G27: salesVolume null',
      (d) => put(at(d.bids, 2).company, 'salesVolume', null),
      ['bids[2].company.salesVolume: must be a non-negative integer'],
    ],
    [
      'G27: regionsSuppliedLastYear missing',
      (d) => delete (at(d.bids, 2).company as Json)['regionsSuppliedLastYear'],
      ['bids[2].company.regionsSuppliedLastYear: required'],
    ],
    [
      'not a calendar date',
      (d) => (at(d.bids, 0).approvalDate = '2015-02-29'),
      ['bids[0].approvalDate: not a YYYY-MM-DD calendar date'],
    ],
    [
      'submittedAt without offset',
      (d) => (at(d.bids, 0).submittedAt = '2026-11-20T09:30:00'),
      ['bids[0].submittedAt: not an RFC 3339 date-time with an offset'],
    ],
    [
      'unknown revival answer',
      (d) => (at(d.bids, 0).revival = 'maybe'),
      ['bids[0].revival: must be one of "accept", "decline" or null'],
    ],
    ['duplicate bid id', (d) => (at(d.bids, 2).id = 'B1'), ['bids[2].id: duplicate id "B1" (also bids[0])']],
    [
      'duplicate product id',
      (d) => (at(d.products, 1).id = 'P1'),
      [
        'products[1].id: duplicate id "P1" (also products[0])',
        'bids[3].productId: unknown product "P2"',
        'demand[2].productId: unknown product "P2"',
      ],
    ],
    [
      'duplicate spec id',
      (d) => (at(at(d.products, 0).specs, 1).id = 'S1'),
      ['products[0].specs[1].id: duplicate id "S1" (also products[0].specs[0])'],
    ],
    [
      'unknown product of a bid',
      (d) => (at(d.bids, 2).productId = 'P9'),
      ['bids[2].productId: unknown product "P9"'],
    ],
    [
      'unknown representative spec',
      (d) => (at(d.products, 0).representativeSpecId = 'S9'),
      ['products[0].representativeSpecId: unknown spec "S9": not among the product\'s specs'],
    ],
    [
      'spec in another strength unit',
      (d) => put(at(at(d.products, 0).specs, 1), 'strengthUnit', 'g'),
      ['products[0].specs[1].strengthUnit: "g" differs from the product\'s strength unit "mg"'],
    ],
    [
      'unknown product of a demand line',
      (d) => (at(d.demand, 1).productId = 'P7'),
      ['demand[1].productId: unknown product "P7"'],
    ],
    [
      'G38: unknown region of a demand line',
      (d) => (at(d.demand, 1).regionId = 'SH'),
      ['demand[1].regionId: unknown region "SH"'],
    ],
    [
      'G38: null region when the round has regions',
      (d) => (at(d.demand, 1).regionId = null),
      ['demand[1].regionId: must name a region of the round'],
    ],
    [
      'G39: unknown region preference',
      (d) => (at(d.bids, 1).regionPreferences = ['TJ', 'XZ']),
      ['bids[1].regionPreferences[1]: unknown region "XZ"'],
    ],
    [
      'G17: brand of a company that did not bid',
      (d) => (at(d.demand, 2).brandCompanyId = 'C2'),
      ['demand[2].brandCompanyId: company "C2" has no bid for product "P2"'],
    ],
    [
      'G47: one company, two sets of facts',
      (d) => (at(d.bids, 3).company.salesVolume = 7),
      ['bids[3].company: differs from bids[0].company'],
    ],
    ['demand line not an object', (d) => put(d.demand, '1', 'H2'), ['demand[1]: expected an object']],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(lines(sampleRoundWith(change))).toEqual(expected);
  });

  it('refuses a document that is not an object as a whole ($)', () => {
    expect(lines([1, 2])).toEqual(['$: expected a JSON object']);
    expect(lines(null)).toEqual(['$: expected a JSON object']);
  });

  it('reports every problem at once, in document order', () => {
    const doc = sampleRoundWith((d) => {
      d.deadline = 'tomorrow';
      at(d.demand, 1).quantity = -3;
      at(d.bids, 2).packPrice = '1.001';
      at(d.bids, 0).id = 'B3';
      at(at(d.products, 0).specs, 0).ceiling = 'two';
    });
    expect(lines(doc)).toEqual([
      'products[0].specs[0].ceiling: not a decimal string',
      'bids[2].packPrice: more than 2 decimals',
      'bids[2].id: duplicate id "B3" (also bids[0])',
      'demand[1].quantity: must be a non-negative integer',
      'deadline: not an RFC 3339 date-time with an offset',
    ]);
  });

  it('finds a broken pack price wherever it is', () => {
    fc.assert(
      fc.property(arbitraryRound(), fc.nat(), (round, pick) => {
        fc.pre(round.bids.length > 0);
        const json = JSON.parse(JSON.stringify(round)) as { bids: Json[] };
        const i = pick % json.bids.length;
        put(at(json.bids, i), 'packPrice', '1.005');
        expect(problemsOf(json)).toEqual([{ path: `bids[${i}].packPrice`, message: 'more than 2 decimals' }]);
      }),
      { numRuns: 100 },
    );
  });
});
