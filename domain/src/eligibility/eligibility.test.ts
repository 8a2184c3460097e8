import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import type { BidResult, ProductResult } from '../evaluation-result.js';
import type { Bid, DemandLine, Product } from '../round-input.js';
import { applyOverrides, type RulesetOverrides } from '../rulesets/apply-overrides.js';
import { BUILT_IN_RULESETS } from '../rulesets/built-in-rulesets.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { bid, demand, product, round, spec, type BidSketch } from '../test-support/round-builder.js';
import { REASON_CODES } from './reason-codes.js';

/** docs/rules.md §6 and the contract's "Validity order" (with G04, G06–G09, G24, G25, G28). Deadline 2026-11-20. */

const NVBP_7 = BUILT_IN_RULESETS['nvbp-7'] as Ruleset;
const P1 = product('P1', [spec('S1', '10', 7, '2.0000')]);
const seen = new Set<string>();

interface Setup {
  readonly ruleset?: Ruleset;
  readonly overrides?: RulesetOverrides;
  readonly products?: Product[];
  readonly demand?: DemandLine[];
  readonly deadline?: string;
}

function run(bids: Bid[], setup: Setup = {}): ProductResult[] {
  const ruleset = applyOverrides(setup.ruleset ?? NVBP_7, setup.overrides ?? {});
  const input = {
    ...round(setup.products ?? [P1], bids, setup.demand ?? []),
    ...(setup.deadline ? { deadline: setup.deadline } : {}),
  };
  return evaluate(input, ruleset).result.products;
}

/** The bid's result; its reasons must follow the contract's validity order. */
function result(bids: Bid[], id: string, setup: Setup = {}): BidResult {
  const found = run(bids, setup)
    .flatMap((p) => p.bids)
    .find((b) => b.bidId === id);
  if (!found) throw new Error(`no bid ${id}`);
  const order = found.reasons.map((r) => (REASON_CODES as readonly string[]).indexOf(r));
  expect(order, `${id}: ${found.reasons.join(', ')}`).toEqual([...order].sort((a, b) => a - b));
  for (const r of found.reasons) seen.add(r);
  return found;
}

const reasonsOf = (b: Bid, setup: Setup = {}): string[] => result([b], b.id, setup).reasons;

describe('spec checks', () => {
  it('SPEC_NOT_IN_CATALOGUE: an unknown specId; prices are null (G04)', () => {
    const out = result([bid('A', '10.00', { specId: 'S9' })], 'A');
    expect(out).toMatchObject({
      outcome: 'invalid',
      rank: null,
      reasons: ['SPEC_NOT_IN_CATALOGUE'],
      unitBidPrice: null,
      ucp: null,
      reduction: null,
    });
  });

  it('SPEC_UNIT_MISMATCH: a spec whose strengthUnit differs from the product\u2019s; prices still shown', () => {
    const p = product('P1', [
      spec('S1', '10', 7, '2.0000'),
      { ...spec('S2', '10', 7, '2.0000'), strengthUnit: 'g' },
      { ...spec('S3', '10', 7, '2.0000'), strengthUnit: 'mg' },
    ]);
    expect(result([bid('A', '7.00', { specId: 'S2' })], 'A', { products: [p] })).toMatchObject({
      reasons: ['SPEC_UNIT_MISMATCH'],
      unitBidPrice: '1.0000',
      rank: null,
    });
    expect(reasonsOf(bid('B', '7.00', { specId: 'S3' }), { products: [p] })).toEqual([]);
  });
});

describe('CEILING_EXCEEDED: the rounded unit bid price above the spec\u2019s ceiling', () => {
  it('a unit price equal to the ceiling is valid, one ten-thousandth above is not', () => {
    expect(reasonsOf(bid('A', '14.00'))).toEqual([]);
    expect(result([bid('B', '14.01')], 'B')).toMatchObject({
      reasons: ['CEILING_EXCEEDED'],
      unitBidPrice: '2.0014',
    });
  });

  it('compares round4(pack ÷ units): 600.01 / 300 = 2.0000333… → 2.0000 is not above 2.0000', () => {
    const p = product('P1', [spec('S1', '10', 300, '2.0000')]);
    expect(result([bid('A', '600.01')], 'A', { products: [p] })).toMatchObject({
      reasons: [],
      unitBidPrice: '2.0000',
    });
  });
});

describe('NOT_CONSISTENCY_EVALUATED (G06, G07, G24)', () => {
  const cases: [string, BidSketch, string[]][] = [
    ['no pass date', { consistencyPassedOn: null }, ['NOT_CONSISTENCY_EVALUATED']],
    [
      'a pass the day after the deadline',
      { consistencyPassedOn: '2026-11-21' },
      ['NOT_CONSISTENCY_EVALUATED'],
    ],
    ['a pass on the deadline date', { consistencyPassedOn: '2026-11-20' }, []],
    ['an originator without a pass (exempt)', { consistencyPassedOn: null, originator: true }, []],
    ['an originator with a later pass (exempt)', { consistencyPassedOn: '2027-01-01', originator: true }, []],
  ];
  it.each(cases)('%s', (_label, sketch, expected) => {
    expect(reasonsOf(bid('A', '7.00', sketch))).toEqual(expected);
  });

  it('consumables are not checked', () => {
    const lens = product('P1', [spec('S1', '1', 1, '2.0000')], { form: 'consumable' });
    expect(reasonsOf(bid('A', '1.00', { consistencyPassedOn: null }), { products: [lens] })).toEqual([]);
  });

  it('compares with the deadline\u2019s date as written in its own offset (G24)', () => {
    // 01:00 at +08:00 is still 19 November in UTC; the written date 2026-11-20 counts
    expect(
      reasonsOf(bid('A', '7.00', { consistencyPassedOn: '2026-11-20' }), {
        deadline: '2026-11-20T01:00:00+08:00',
      }),
    ).toEqual([]);
  });
});

describe('QUALITY_FAILURE_RECENT: D − 2 years ≤ qualityFailureOn ≤ D (G25)', () => {
  const q = (qualityFailureOn: string, deadline?: string) =>
    reasonsOf(bid('A', '7.00', { company: { qualityFailureOn } }), deadline ? { deadline } : {});
  const RECENT = ['QUALITY_FAILURE_RECENT'];

  it('inside the window, on both edges, and not outside it', () => {
    expect(q('2025-06-01')).toEqual(RECENT);
    expect(q('2024-11-20')).toEqual(RECENT); // exactly D − 2 years
    expect(q('2024-11-19')).toEqual([]); // one day before the window
    expect(q('2026-11-20')).toEqual(RECENT); // on D
    expect(q('2026-11-21')).toEqual([]); // later dates do not count
  });

  it('a deadline on 29 February opens the window on 28 February two years earlier', () => {
    const leap = '2028-02-29T10:00:00+08:00';
    expect(q('2026-02-28', leap)).toEqual(RECENT);
    expect(q('2026-02-27', leap)).toEqual([]);
    expect(q('2026-03-01', leap)).toEqual(RECENT);
  });

  it('a failure on 29 February counts when the window reaches back past it', () => {
    expect(q('2024-02-29', '2026-02-28T10:00:00+08:00')).toEqual(RECENT);
    expect(q('2024-02-27', '2026-02-28T10:00:00+08:00')).toEqual([]);
  });
});

describe('company checks', () => {
  it('CREDIT_EXCLUDED from creditRank 3 (严重) in the built-ins', () => {
    expect(reasonsOf(bid('A', '7.00', { company: { creditRank: 2 } }))).toEqual([]);
    expect(reasonsOf(bid('A', '7.00', { company: { creditRank: 3 } }))).toEqual(['CREDIT_EXCLUDED']);
    expect(reasonsOf(bid('A', '7.00', { company: { creditRank: 4 } }))).toEqual(['CREDIT_EXCLUDED']);
    expect(
      reasonsOf(bid('A', '7.00', { company: { creditRank: 4 } }), {
        overrides: { creditExcludedFrom: null },
      }),
    ).toEqual([]);
  });

  it('ON_VIOLATION_LIST', () => {
    expect(reasonsOf(bid('A', '7.00', { company: { onViolationList: true } }))).toEqual([
      'ON_VIOLATION_LIST',
    ]);
  });
});

describe('CAPACITY_INSUFFICIENT: only with capacityMultiple; base = the entry\u2019s reported demand (G08, G09)', () => {
  const lines = [demand('H1', 'BJ', 600), demand('H2', 'BJ', 400)];
  const cap = (annualCapacity: number | null, overrides: RulesetOverrides = { capacityMultiple: '2' }) =>
    reasonsOf(bid('A', '7.00', { company: { annualCapacity } }), { demand: lines, overrides });

  it('is not checked by the built-ins, even without a declared capacity', () => {
    expect(cap(null, {})).toEqual([]);
    expect(cap(0, {})).toEqual([]);
  });

  it('needs capacity ≥ 2 × 1000; an undeclared capacity fails', () => {
    expect(cap(2000)).toEqual([]);
    expect(cap(1999)).toEqual(['CAPACITY_INSUFFICIENT']);
    expect(cap(null)).toEqual(['CAPACITY_INSUFFICIENT']);
  });

  it('under groupBy "bid.group" the base is the group\u2019s own lines', () => {
    const grouped = [demand('H1', 'BJ', 600, { group: 'g1' }), demand('H2', 'BJ', 400, { group: 'g2' })];
    const b = bid('A', '7.00', { group: 'g2', company: { annualCapacity: 800 } });
    expect(
      result([b], 'A', { demand: grouped, overrides: { capacityMultiple: '2', groupBy: 'bid.group' } })
        .reasons,
    ).toEqual([]);
  });
});

describe('TECHNICAL_ENVELOPE_FAILED: only in dual-envelope rounds; null fails', () => {
  it.each([
    [true, []],
    [false, ['TECHNICAL_ENVELOPE_FAILED']],
    [null, ['TECHNICAL_ENVELOPE_FAILED']],
  ] as const)('technicalPass %s', (technicalPass, expected) => {
    expect(reasonsOf(bid('A', '7.00', { technicalPass }), { overrides: { dualEnvelope: true } })).toEqual(
      expected,
    );
  });

  it('is not checked otherwise', () => {
    expect(reasonsOf(bid('A', '7.00', { technicalPass: null }))).toEqual([]);
  });
});

describe('DUPLICATE_COMPANY_BID: the later submittedAt stands, ties by the greater id (G26, G28)', () => {
  const at = (time: string) => `2026-11-20T${time}+08:00`;

  it('the later submission stands', () => {
    const bids = [
      bid('B', '7.00', { companyId: 'C1', submittedAt: at('09:30:00') }),
      bid('A', '6.00', { companyId: 'C1', submittedAt: at('09:00:00') }),
    ];
    expect(result(bids, 'A').reasons).toEqual(['DUPLICATE_COMPANY_BID']);
    expect(result(bids, 'B')).toMatchObject({ reasons: [], rank: 1 });
  });

  it('equal instants: the greater id stands', () => {
    const bids = [
      bid('B2', '7.00', { companyId: 'C1', submittedAt: at('09:00:00') }),
      bid('B10', '6.00', { companyId: 'C1', submittedAt: at('09:00:00') }),
    ];
    expect(result(bids, 'B10').reasons).toEqual(['DUPLICATE_COMPANY_BID']); // "B10" < "B2" in code points
    expect(result(bids, 'B2').reasons).toEqual([]);
  });

  it('compares instants, not strings: 01:05Z is 09:05 at +08:00', () => {
    const bids = [
      bid('A', '7.00', { companyId: 'C1', submittedAt: at('09:01:00') }),
      bid('B', '7.00', { companyId: 'C1', submittedAt: '2026-11-20T01:05:00Z' }),
    ];
    expect(result(bids, 'A').reasons).toEqual(['DUPLICATE_COMPANY_BID']);
    expect(result(bids, 'B').reasons).toEqual([]);
  });

  it('the later bid stands whatever its own reasons; the earlier one keeps its own and adds the code', () => {
    const bids = [
      bid('A', '7.00', { companyId: 'C1', submittedAt: at('09:00:00'), consistencyPassedOn: null }),
      bid('B', '99.00', { companyId: 'C1', submittedAt: at('10:00:00') }),
    ];
    expect(result(bids, 'A').reasons).toEqual(['NOT_CONSISTENCY_EVALUATED', 'DUPLICATE_COMPANY_BID']);
    expect(result(bids, 'B').reasons).toEqual(['CEILING_EXCEEDED']);
    expect(run(bids)[0]).toMatchObject({ status: 'no-valid-bids', validBids: 0 });
  });

  it('bids of one company for two products are not duplicates', () => {
    const p2 = product('P2', [spec('S1', '10', 7, '2.0000')]);
    const bids = [
      bid('A', '7.00', { companyId: 'C1' }),
      bid('B', '7.00', { companyId: 'C1', productId: 'P2' }),
    ];
    expect(run(bids, { products: [P1, p2] }).map((p) => p.validBids)).toEqual([1, 1]);
  });
});

describe('AFFILIATE_DUPLICATE: decided after ranking the otherwise-valid bids', () => {
  it('the best-ranked bid of an affiliate group stays and counts once in N', () => {
    const bids = [
      bid('B', '4.20', { company: { affiliateGroup: 'G' } }),
      bid('A', '3.50', { company: { affiliateGroup: 'G' } }),
      bid('C', '4.90'),
    ];
    const out = run(bids)[0] as ProductResult;
    expect(out.validBids).toBe(2);
    expect(out.bids.map((b) => [b.bidId, b.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['B', null],
    ]);
    expect(result(bids, 'B').reasons).toEqual(['AFFILIATE_DUPLICATE']);
  });

  it('an affiliate that is invalid anyway does not take the slot', () => {
    const bids = [
      bid('A', '3.50', { company: { affiliateGroup: 'G', creditRank: 3 } }),
      bid('B', '4.20', { company: { affiliateGroup: 'G' } }),
    ];
    expect(result(bids, 'A').reasons).toEqual(['CREDIT_EXCLUDED']);
    expect(result(bids, 'B')).toMatchObject({ reasons: [], rank: 1 });
  });
});

describe('several reasons are listed in the validity order', () => {
  it('every check of docs/rules.md §6 at once', () => {
    const company = {
      creditRank: 4,
      onViolationList: true,
      qualityFailureOn: '2026-01-01',
      annualCapacity: null,
    };
    const bids = [
      bid('A', '99.00', {
        companyId: 'C1',
        submittedAt: '2026-11-20T09:00:00+08:00',
        consistencyPassedOn: null,
        technicalPass: false,
        company,
      }),
      bid('B', '7.00', { companyId: 'C1', submittedAt: '2026-11-20T09:30:00+08:00', company }),
    ];
    expect(result(bids, 'A', { overrides: { capacityMultiple: '1', dualEnvelope: true } }).reasons).toEqual([
      'CEILING_EXCEEDED',
      'NOT_CONSISTENCY_EVALUATED',
      'QUALITY_FAILURE_RECENT',
      'CREDIT_EXCLUDED',
      'ON_VIOLATION_LIST',
      'CAPACITY_INSUFFICIENT',
      'TECHNICAL_ENVELOPE_FAILED',
      'DUPLICATE_COMPANY_BID',
    ]);
  });

  it('spec reasons come first', () => {
    const p = product('P1', [
      spec('S1', '10', 7, '2.0000'),
      { ...spec('S2', '10', 7, '2.0000'), strengthUnit: 'g' },
    ]);
    expect(
      reasonsOf(bid('A', '99.00', { specId: 'S9', consistencyPassedOn: null }), { products: [p] }),
    ).toEqual(['SPEC_NOT_IN_CATALOGUE', 'NOT_CONSISTENCY_EVALUATED']);
    expect(
      reasonsOf(bid('A', '99.00', { specId: 'S2', company: { creditRank: 3 } }), { products: [p] }),
    ).toEqual(['SPEC_UNIT_MISMATCH', 'CEILING_EXCEEDED', 'CREDIT_EXCLUDED']);
  });
});

// runs last (tests in a file run in order): every reason code was met above
it('every reason code of the contract is exercised by this file', () => {
  expect([...seen].sort()).toEqual([...REASON_CODES].sort());
});
