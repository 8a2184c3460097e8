import type { DemandLine } from '../round-input.js';
import { integerProblem, NOT_A_NON_NEGATIVE_INTEGER, REQUIRED } from './field-checks.js';
import { quote, type InputProblem } from './input-problem.js';

/** What a demand line may refer to; null where the referenced list is itself unusable (already reported). */
export interface DemandReferences {
  readonly productIds: ReadonlySet<string> | null;
  /** null: `regions` omitted (G38: regionId not checked) or itself invalid */
  readonly regionCodes: ReadonlySet<string> | null;
  /** G17: brandCompanyId must be a company bidding for the product (any group) */
  readonly biddersByProduct: ReadonlyMap<string, ReadonlySet<string>>;
}

const NO_BIDDERS: ReadonlySet<string> = new Set();

/**
 * Demand lines by hand rather than by zod: national rounds carry millions of them and zod's generic
 * walk costs seconds there. Same rules, same messages as the schemas (G31, G38, G41, G53).
 */
export function decodeDemand(
  raw: unknown,
  refs: DemandReferences,
  problems: InputProblem[],
): DemandLine[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'demand', message: raw === undefined ? REQUIRED : 'expected an array' });
    return undefined;
  }
  const lines: DemandLine[] = new Array<DemandLine>(raw.length);
  const before = problems.length;
  for (let i = 0; i < raw.length; i++) {
    const line: unknown = raw[i];
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      problems.push({ path: `demand[${i}]`, message: 'expected an object' });
      continue;
    }
    const decoded = decodeLine(line as Readonly<Record<string, unknown>>, i, refs, problems);
    if (decoded !== undefined) lines[i] = decoded;
  }
  return problems.length === before ? lines : undefined;
}

function decodeLine(
  line: Readonly<Record<string, unknown>>,
  i: number,
  refs: DemandReferences,
  problems: InputProblem[],
): DemandLine | undefined {
  const before = problems.length;
  // no closures in here: this runs once per line, millions of times

  const institutionId = line['institutionId'];
  if (typeof institutionId !== 'string')
    report(problems, i, 'institutionId', typeProblem(institutionId, 'a string'));

  const regionId = line['regionId'] ?? null;
  if (regionId !== null && typeof regionId !== 'string')
    report(problems, i, 'regionId', 'expected a string or null');
  else if (refs.regionCodes !== null) {
    if (regionId === null) report(problems, i, 'regionId', 'must name a region of the round');
    else if (!refs.regionCodes.has(regionId))
      report(problems, i, 'regionId', `unknown region ${quote(regionId)}`);
  }

  const productId = line['productId'];
  const productKnown = typeof productId === 'string' && (refs.productIds?.has(productId) ?? false);
  if (typeof productId !== 'string') report(problems, i, 'productId', typeProblem(productId, 'a string'));
  else if (refs.productIds !== null && !productKnown)
    report(problems, i, 'productId', `unknown product ${quote(productId)}`);

  const quantity = line['quantity'];
  const quantityProblem = quantity === undefined ? REQUIRED : integerProblem(quantity, 0);
  if (quantityProblem !== null) report(problems, i, 'quantity', quantityProblem);

  const brandCompanyId = line['brandCompanyId'] ?? null;
  if (brandCompanyId !== null && typeof brandCompanyId !== 'string') {
    report(problems, i, 'brandCompanyId', 'expected a string or null');
  } else if (brandCompanyId !== null && productKnown) {
    const bidders = refs.biddersByProduct.get(productId) ?? NO_BIDDERS;
    if (!bidders.has(brandCompanyId)) {
      report(
        problems,
        i,
        'brandCompanyId',
        `company ${quote(brandCompanyId)} has no bid for product ${quote(productId)}`,
      );
    }
  }

  const lastYearVolume = line['lastYearVolume'] ?? null;
  const volumeProblem = lastYearVolume === null ? null : integerProblem(lastYearVolume, 0);
  if (volumeProblem !== null) {
    report(
      problems,
      i,
      'lastYearVolume',
      volumeProblem === NOT_A_NON_NEGATIVE_INTEGER ? `${volumeProblem} or null` : volumeProblem,
    );
  }

  const group = line['group'] ?? null;
  if (group !== null && typeof group !== 'string') report(problems, i, 'group', 'expected a string or null');

  // the problems above already explain any failure; these guards only let the compiler see the types
  if (problems.length !== before || typeof institutionId !== 'string' || typeof productId !== 'string')
    return undefined;
  if (typeof quantity !== 'number' || !isNullableString(regionId) || !isNullableString(brandCompanyId))
    return undefined;
  if (!isNullableNumber(lastYearVolume) || !isNullableString(group)) return undefined;
  return { institutionId, regionId, productId, quantity, brandCompanyId, lastYearVolume, group };
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isNullableNumber(value: unknown): value is number | null {
  return value === null || typeof value === 'number';
}

function report(problems: InputProblem[], i: number, field: string, message: string): void {
  problems.push({ path: `demand[${i}].${field}`, message });
}

function typeProblem(value: unknown, expected: string): string {
  return value === undefined ? REQUIRED : `expected ${expected}`;
}
