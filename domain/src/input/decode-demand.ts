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
  const decoder = new DemandDecoder();
  for (let i = 0; i < raw.length; i++) decoder.push(raw[i]);
  return decoder.finish(refs, problems);
}

const NO_REFS: DemandReferences = { productIds: null, regionCodes: null, biddersByProduct: new Map() };

/**
 * The demand list fed one line at a time, as a streaming reader meets them, so that a national
 * round never holds its raw lines: each is checked for shape and kept decoded. The references
 * (products, regions, bidders) may come later in the document, so they are checked in `finish`;
 * a line whose shape failed is kept raw and decoded again there with every check, so the problems
 * and their order are those of a one-pass decode.
 */
export class DemandDecoder {
  private readonly lines: (DemandLine | undefined)[] = [];
  private readonly failed = new Map<number, unknown>();
  /** one string per distinct id: millions of lines name a few thousand ids */
  private readonly ids = new Map<string, string>();
  private readonly scratch: InputProblem[] = [];

  push(raw: unknown): void {
    const i = this.lines.length;
    const decoded =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw)
        ? decodeLine(raw as Readonly<Record<string, unknown>>, i, NO_REFS, this.scratch)
        : undefined;
    if (decoded === undefined) {
      this.scratch.length = 0;
      this.failed.set(i, raw);
      this.lines.push(undefined);
      return;
    }
    this.lines.push({
      institutionId: this.id(decoded.institutionId),
      regionId: decoded.regionId === null ? null : this.id(decoded.regionId),
      productId: this.id(decoded.productId),
      quantity: decoded.quantity,
      brandCompanyId: decoded.brandCompanyId === null ? null : this.id(decoded.brandCompanyId),
      lastYearVolume: decoded.lastYearVolume,
      group: decoded.group === null ? null : this.id(decoded.group),
    });
  }

  /** Checks the references of every line; the lines, or undefined after adding their problems. */
  finish(refs: DemandReferences, problems: InputProblem[]): DemandLine[] | undefined {
    const before = problems.length;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line !== undefined) {
        checkReferences(line, i, refs, problems);
        continue;
      }
      const raw = this.failed.get(i);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        problems.push({ path: `demand[${i}]`, message: 'expected an object' });
      else decodeLine(raw as Readonly<Record<string, unknown>>, i, refs, problems);
    }
    return problems.length === before ? (this.lines as DemandLine[]) : undefined;
  }

  private id(value: string): string {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    // a copy of its own: a streaming parser's string may be a slice that keeps its whole chunk alive
    const own = flatCopy(value);
    this.ids.set(own, own);
    return own;
  }
}

function flatCopy(value: string): string {
  return value.length < 13 ? value : [...value].join('');
}

/** The reference checks of decodeLine, for a line whose shape already passed. */
function checkReferences(
  line: DemandLine,
  i: number,
  refs: DemandReferences,
  problems: InputProblem[],
): void {
  const { regionId, productId, brandCompanyId } = line;
  if (refs.regionCodes !== null) {
    if (regionId === null) report(problems, i, 'regionId', 'must name a region of the round');
    else if (!refs.regionCodes.has(regionId))
      report(problems, i, 'regionId', `unknown region ${quote(regionId)}`);
  }
  const productKnown = refs.productIds?.has(productId) ?? false;
  if (refs.productIds !== null && !productKnown)
    report(problems, i, 'productId', `unknown product ${quote(productId)}`);
  if (brandCompanyId !== null && productKnown) brandProblem(productId, brandCompanyId, i, refs, problems);
}

function brandProblem(
  productId: string,
  brandCompanyId: string,
  i: number,
  refs: DemandReferences,
  problems: InputProblem[],
): void {
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
    brandProblem(productId, brandCompanyId, i, refs, problems);
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
