import fc from 'fast-check';
import { parseInstant } from '../dates/instant.js';
import { Dec } from '../money/decimal.js';
import { round2 } from '../money/rounding.js';
import {
  FORMS,
  VOLUME_CLASSES,
  type Bid,
  type CompanyFacts,
  type DemandLine,
  type Form,
  type Product,
  type RoundInput,
  type Spec,
} from '../round-input.js';
import { applyOverrides, type RulesetOverrides } from '../rulesets/apply-overrides.js';
import { BUILT_IN_RULESETS, BUILT_IN_RULESET_NAMES } from '../rulesets/built-in-rulesets.js';
import { T10 } from '../rulesets/national-defaults.js';
import { PRICE_CONDITIONS, type Ruleset } from '../rulesets/ruleset.js';

/**
 * fast-check arbitraries of valid RoundInput values (contract "Input validity"): every id unique,
 * every reference resolves, one company object per companyId (G47), brandCompanyId a bidder of its
 * product (G17), regionPreferences and demand regions from the round's regions (G39). Raw draws are
 * indices resolved afterwards, so everything shrinks without `chain`.
 */

export const DEADLINE = '2026-11-20T11:00:00+08:00';
const REGION_POOL = ['AH', 'BJ', 'CQ', 'FJ', 'GD', 'HE', 'SH', 'TJ', 'ZJ', 'YN'];
const GROUP_KEYS = [null, 'g1', 'g2'] as const;
const COMPANIES = 12;

const weighted = <T>(common: T, rare: fc.Arbitrary<T>, commonWeight = 4): fc.Arbitrary<T> =>
  fc.oneof({ weight: commonWeight, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: rare });

const companyFacts: fc.Arbitrary<CompanyFacts> = fc.record({
  creditRank: weighted(0, fc.integer({ min: 0, max: 4 }), 4),
  // mostly equal, so that the tie chain runs down to submittedAt and bid id
  regionsSuppliedLastYear: weighted(20, fc.constantFrom(0, 5, 31), 5),
  salesVolume: weighted(1000, fc.constantFrom(0, 500_000), 5),
  affiliateGroup: weighted<string | null>(null, fc.constantFrom('AG1', 'AG2'), 3),
  annualCapacity: weighted<number | null>(
    null,
    fc.constantFrom(0, 1000, 10_000_000, 200_000_000, 2 ** 53 - 1),
    1,
  ),
  onViolationList: weighted(false, fc.constant(true), 19),
  // around the deadline's 2-year window (G25): outside, both edges, inside, on D, after D
  qualityFailureOn: weighted<string | null>(
    null,
    fc.constantFrom('2019-05-01', '2024-11-19', '2024-11-20', '2025-06-01', '2026-11-20', '2026-11-21'),
    7,
  ),
});

const ceiling: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0.1500', '0.5000', '2.0000'),
  fc.integer({ min: 100, max: 30_000 }).map((n) => new Dec(n).div(10_000).toFixed(4)),
);

const rawSpec = fc.record({
  strength: fc.constantFrom('5', '10', '20'),
  unitsPerPack: fc.constantFrom(7, 14, 28),
  ceiling,
});

const rawBid = fc.record({
  /** index into the round's companies; used only when the product draws repeated companies */
  company: fc.nat({ max: COMPANIES - 1 }),
  /** index into the product's specs; -1: a spec id the catalogue does not know (G04) */
  spec: fc.oneof({ weight: 15, arbitrary: fc.nat({ max: 2 }) }, { weight: 1, arbitrary: fc.constant(-1) }),
  /** pack price as a percentage of the spec's ceiling pack price (> 100: over the ceiling) */
  pricePercent: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(10, 30, 50, 54, 90) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 110 }) },
  ),
  minute: weighted(0, fc.integer({ min: 0, max: 4 }), 2),
  /** the same instant written three ways (G26) */
  timeStyle: fc.constantFrom('local', 'utc', 'fraction'),
  originator: weighted(false, fc.constant(true)),
  consistencyPassedOn: weighted<string | null>(
    '2019-03-01',
    fc.constantFrom(null, '2022-07-15', '2026-11-20', '2026-11-21'),
    3,
  ),
  approvalDate: weighted<string | null>('2015-06-30', fc.constantFrom(null, '2010-01-01'), 4),
  group: fc.constantFrom(...GROUP_KEYS),
  marketVolume: fc.option(fc.constantFrom(0, 100, 1000, 50_000, 1_000_000)),
  technicalPass: weighted<boolean | null>(true, fc.constantFrom(null, false)),
  revival: fc.constantFrom(null, 'accept', 'decline'),
  preferences: fc.array(fc.nat({ max: 7 }), { maxLength: 4 }),
});

const rawProduct = fc.record({
  form: weighted<Form>('oral-solid', fc.constantFrom(...FORMS), 2),
  volumeClass: fc.constantFrom(...VOLUME_CLASSES),
  specs: fc.array(rawSpec, { minLength: 1, maxLength: 3 }),
  representative: fc.nat({ max: 2 }),
  /** distinct: bid i is company i + offset; repeated: each bid names any company */
  repeatedCompanies: weighted(false, fc.constant(true), 2),
  companyOffset: fc.nat({ max: COMPANIES - 1 }),
  bids: fc.array(rawBid, { maxLength: 12 }),
});

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const rawLine = (huge: boolean) =>
  fc.record({
    institution: fc.integer({ min: 1, max: 15 }),
    region: fc.nat({ max: 7 }),
    product: fc.nat({ max: 2 }),
    // small odd quantities make × 0.50 land on a half; huge ones push sums past 2^53 (G41)
    quantity: huge
      ? fc.oneof(fc.constantFrom(1, 3, MAX_SAFE, MAX_SAFE - 1), fc.integer({ min: 0, max: MAX_SAFE }))
      : fc.oneof(fc.constantFrom(0, 1, 3, 5, 7, 10_000_000), fc.integer({ min: 0, max: 10_000_000 })),
    /** index into the product's bidding companies */
    brand: weighted<number | null>(null, fc.nat({ max: 11 }), 2),
    group: fc.constantFrom(...GROUP_KEYS),
  });

const rawRound = (huge: boolean) =>
  fc.record({
    regions: fc.shuffledSubarray(REGION_POOL, { minLength: 2, maxLength: 8 }),
    companies: fc.array(companyFacts, { minLength: COMPANIES, maxLength: COMPANIES }),
    products: fc.array(rawProduct, { minLength: 1, maxLength: 3 }),
    demand: fc.array(rawLine(huge), { maxLength: 60 }),
  });

type RawRound = ReturnType<typeof rawRound> extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], i: number): T =>
  list[((i % list.length) + list.length) % list.length] as T;

function submittedAt(minute: number, style: string): string {
  if (style === 'utc') return `2026-11-20T01:0${minute}:00Z`;
  return `2026-11-20T09:0${minute}:00${style === 'fraction' ? '.5' : ''}+08:00`;
}

function buildRound(raw: RawRound): RoundInput {
  const regions = raw.regions;
  const companies = raw.companies.map((facts, i) => ({ id: `C${i + 1}`, facts }));
  const products: Product[] = [];
  const bids: Bid[] = [];
  raw.products.forEach((rp, pi) => {
    const id = `P${pi + 1}`;
    const specs: Spec[] = rp.specs.map((s, si) => ({
      id: `${id}-S${si + 1}`,
      strength: new Dec(s.strength),
      strengthUnit: null,
      unitsPerPack: s.unitsPerPack,
      volumeMl: null,
      ceiling: new Dec(s.ceiling),
    }));
    products.push({
      id,
      name: `品种${id}`,
      form: rp.form,
      volumeClass: rp.volumeClass,
      strengthUnit: 'mg',
      representativeSpecId: at(specs, rp.representative).id,
      specs,
    });
    rp.bids.forEach((rb, bi) => {
      const spec = at(specs, Math.max(rb.spec, 0));
      const company = at(companies, rp.repeatedCompanies ? rb.company : rp.companyOffset + bi);
      const ceilingPack = spec.ceiling.times(spec.unitsPerPack);
      const packPrice = Dec.max(new Dec('0.01'), round2(ceilingPack.times(rb.pricePercent).div(100)));
      const time = submittedAt(rb.minute, rb.timeStyle);
      bids.push({
        id: `${id}-B${bi + 1}`,
        productId: id,
        specId: rb.spec < 0 ? `${id}-SX` : spec.id,
        companyId: company.id,
        packPrice,
        submittedAt: time,
        submittedAtInstant: parseInstant(time) as Dec,
        originator: rb.originator,
        consistencyPassedOn: rb.consistencyPassedOn,
        approvalDate: rb.approvalDate,
        group: rb.group,
        marketVolume: rb.marketVolume,
        technicalPass: rb.technicalPass,
        revival: rb.revival,
        regionPreferences: rb.preferences.map((r) => at(regions, r)),
        company: company.facts,
      });
    });
  });
  const demand: DemandLine[] = raw.demand.map((rl) => {
    const productId = at(products, rl.product).id;
    const bidders = [...new Set(bids.filter((b) => b.productId === productId).map((b) => b.companyId))];
    return {
      institutionId: `H${String(rl.institution).padStart(2, '0')}`,
      regionId: at(regions, rl.region),
      productId,
      quantity: rl.quantity,
      brandCompanyId: rl.brand === null || bidders.length === 0 ? null : at(bidders, rl.brand),
      lastYearVolume: null,
      group: rl.group,
    };
  });
  return { regions, products, bids, demand, deadline: DEADLINE };
}

/**
 * A valid round: 2–8 regions, 1–3 products, 0–12 bids each, 0–60 demand lines of 0–10^7 units;
 * `hugeQuantities`: lines up to 2^53 − 1 (G31, G41), so sums leave the safe integers.
 */
export function arbitraryRound(
  options: { readonly hugeQuantities?: boolean } = {},
): fc.Arbitrary<RoundInput> {
  return rawRound(options.hugeQuantities ?? false).map(buildRound);
}

/** One override key at a time, as G01 names them; a draw merges one to three of them. */
const singleOverride: fc.Arbitrary<RulesetOverrides> = fc.oneof(
  fc.record({ shortlistTable: fc.constantFrom<readonly number[]>([1], [2, 2, 3], [...T10]) }),
  fc.record({ priceCondition: fc.constantFrom(...PRICE_CONDITIONS) }),
  fc.record({ spreadMultiple: fc.constantFrom('1.5', '2') }),
  fc.record({
    absFloor: fc.constantFrom({}, { 'oral-solid': '0.2000' }, { injection: '0.0500', consumable: '0.3000' }),
  }),
  fc.record({ minReduction: fc.constantFrom(null, '0.40') }),
  fc.record({ anchorShare: fc.constantFrom('0.4', '0.6') }),
  fc.record({ regionPicking: fc.boolean() }),
  fc.record({ backups: fc.boolean() }),
  fc.record({ brandRouting: fc.boolean() }),
  fc.record({ creditExcludedFrom: fc.constantFrom(null, 2, 4) }),
  fc.record({ capacityMultiple: fc.constantFrom('0.5', '1', '2') }),
  fc.record({ dualEnvelope: fc.boolean() }),
  fc.record({ negotiateSingleBid: fc.boolean() }),
  fc.record({ thinCompetition: fc.constantFrom(null, { maxBidders: 2, minReduction: '0.30' }) }),
  fc.record({ groupBy: fc.constantFrom('none' as const, 'bid.group' as const) }),
);

export const arbitraryOverrides: fc.Arbitrary<RulesetOverrides> = fc
  .array(singleOverride, { minLength: 1, maxLength: 3 })
  .map((list) => Object.assign({}, ...list) as RulesetOverrides);

/** A ruleset as a user names it: a built-in, possibly with overrides (printed small in counterexamples). */
export interface RulesetChoice {
  readonly name: string;
  readonly overrides: RulesetOverrides | null;
}

/** The named built-in, half the time as is, otherwise with one to three overrides. */
export function arbitraryRulesetChoice(name?: string): fc.Arbitrary<RulesetChoice> {
  const names = name === undefined ? fc.constantFrom(...BUILT_IN_RULESET_NAMES) : fc.constant(name);
  return fc.record({ name: names, overrides: fc.option(arbitraryOverrides, { freq: 2 }) });
}

export function rulesetOf(choice: RulesetChoice): Ruleset {
  const base = BUILT_IN_RULESETS[choice.name];
  if (!base) throw new Error(`unknown built-in ruleset ${choice.name}`);
  return choice.overrides === null ? base : applyOverrides(base, choice.overrides);
}

/** Any of the six built-in rulesets, possibly with overrides. */
export function arbitraryRuleset(): fc.Arbitrary<Ruleset> {
  return arbitraryRulesetChoice().map(rulesetOf);
}
