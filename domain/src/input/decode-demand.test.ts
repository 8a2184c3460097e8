import { describe, expect, it } from 'vitest';
import { decodeDemand, DemandDecoder, type DemandReferences } from './decode-demand.js';
import type { InputProblem } from './input-problem.js';

/** The hand-written demand check: the same rules and messages as the schemas, line by line. */

const REFS: DemandReferences = {
  productIds: new Set(['P1', 'P2']),
  regionCodes: new Set(['BJ', 'TJ']),
  biddersByProduct: new Map([['P1', new Set(['C1', 'C2'])]]),
};

function run(raw: unknown, refs: DemandReferences = REFS): { lines: unknown; problems: string[] } {
  const problems: InputProblem[] = [];
  const lines = decodeDemand(raw, refs, problems);
  return { lines, problems: problems.map((p) => `${p.path}: ${p.message}`) };
}

const line = (extra: Record<string, unknown> = {}) => ({
  institutionId: 'H1',
  regionId: 'BJ',
  productId: 'P1',
  quantity: 10,
  ...extra,
});

describe('decodeDemand', () => {
  it('fills omitted nullable fields with null (G53)', () => {
    expect(run([line()])).toEqual({
      lines: [
        {
          institutionId: 'H1',
          regionId: 'BJ',
          productId: 'P1',
          quantity: 10,
          brandCompanyId: null,
          lastYearVolume: null,
          group: null,
        },
      ],
      problems: [],
    });
  });

  it('requires an array', () => {
    expect(run(undefined).problems).toEqual(['demand: required']);
    expect(run({}).problems).toEqual(['demand: expected an array']);
  });

  it('reports every bad field of every line and returns no lines', () => {
    const result = run([
      line({ institutionId: 7, quantity: -1 }),
      line(),
      line({ productId: undefined, regionId: 3, lastYearVolume: 1.5, group: 4, brandCompanyId: false }),
      line({ productId: 'P2', brandCompanyId: 'C1' }),
      line({ brandCompanyId: 'C9', lastYearVolume: 2 ** 53 }),
    ]);
    expect(result.lines).toBeUndefined();
    expect(result.problems).toEqual([
      'demand[0].institutionId: expected a string',
      'demand[0].quantity: must be a non-negative integer',
      'demand[2].regionId: expected a string or null',
      'demand[2].productId: required',
      'demand[2].brandCompanyId: expected a string or null',
      'demand[2].lastYearVolume: must be a non-negative integer or null',
      'demand[2].group: expected a string or null',
      'demand[3].brandCompanyId: company "C1" has no bid for product "P2"',
      'demand[4].brandCompanyId: company "C9" has no bid for product "P1"',
      'demand[4].lastYearVolume: must be at most 2^53 − 1 (G41)',
    ]);
  });

  it('does not check references into a list that is itself unusable', () => {
    const refs: DemandReferences = { productIds: null, regionCodes: null, biddersByProduct: new Map() };
    expect(run([line({ productId: 'P9', regionId: 'XX', brandCompanyId: 'C9' })], refs).problems).toEqual([]);
  });

  it('fed line by line (a streaming reader), gives the lines and problems of the one-pass decode', () => {
    const raw = [
      line({ regionId: 'XX', quantity: -1 }),
      line(),
      'not a line',
      line({ productId: 'P9', brandCompanyId: 'C1', group: 4 }),
      line({ regionId: null, brandCompanyId: 'C9' }),
      line({ productId: 'P1', brandCompanyId: 'C2', institutionId: 'H-with-a-long-code-0001' }),
    ];
    for (const lines of [raw, raw.slice(1, 2).concat(raw.slice(5))]) {
      const decoder = new DemandDecoder();
      for (const item of lines) decoder.push(item);
      const problems: InputProblem[] = [];
      const streamed = decoder.finish(REFS, problems);
      expect({ lines: streamed, problems: problems.map((p) => `${p.path}: ${p.message}`) }).toEqual(
        run(lines),
      );
    }
  });
});
