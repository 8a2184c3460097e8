import type { Bid } from '../round-input.js';
import { bidSchema, sameCompany, type DecodedCompany } from './bid-schema.js';
import { REQUIRED } from './field-checks.js';
import { quote, type InputProblem } from './input-problem.js';
import { IdRegistry, rawField, rawString } from './raw-json.js';
import { parseAt } from './zod-problems.js';

/** What a bid may refer to; null where the referenced list is itself unusable (already reported). */
export interface BidReferences {
  readonly productIds: ReadonlySet<string> | null;
  /** null: `regions` omitted or invalid, preferences not checked */
  readonly regionCodes: ReadonlySet<string> | null;
}

/** `bids`: each bid's shape, then its references and its company facts against the company's other bids. */
export function decodeBids(raw: unknown, refs: BidReferences, problems: InputProblem[]): Bid[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'bids', message: raw === undefined ? REQUIRED : 'expected an array' });
    return undefined;
  }
  const ids = new IdRegistry(problems);
  const firstCompany = new Map<string, { path: string; company: DecodedCompany }>();
  const bids: Bid[] = [];
  raw.forEach((item: unknown, i) => {
    const path = `bids[${i}]`;
    const bid = parseAt(bidSchema, item, path, problems);
    ids.claim(rawString(item, 'id'), path, `${path}.id`);
    checkBidReferences(item, path, refs, problems);
    if (bid === undefined) return;
    bids.push(bid);
    // G47: one company, one set of facts; the first bid of a company is the reference
    const first = firstCompany.get(bid.companyId);
    if (first === undefined) firstCompany.set(bid.companyId, { path, company: bid.company });
    else if (!sameCompany(first.company, bid.company)) {
      problems.push({ path: `${path}.company`, message: `differs from ${first.path}.company` });
    }
  });
  return bids.length === raw.length ? bids : undefined;
}

function checkBidReferences(bid: unknown, path: string, refs: BidReferences, problems: InputProblem[]): void {
  const productId = rawString(bid, 'productId');
  if (productId !== undefined && refs.productIds !== null && !refs.productIds.has(productId)) {
    problems.push({ path: `${path}.productId`, message: `unknown product ${quote(productId)}` });
  }
  // G39 within a round that has regions; without regions nobody picks, so preferences are moot
  const preferences = rawField(bid, 'regionPreferences');
  if (refs.regionCodes === null || !Array.isArray(preferences)) return;
  preferences.forEach((regionId: unknown, k) => {
    if (typeof regionId === 'string' && !refs.regionCodes?.has(regionId)) {
      problems.push({
        path: `${path}.regionPreferences[${k}]`,
        message: `unknown region ${quote(regionId)}`,
      });
    }
  });
}

/** G17: the companies bidding for each product (any group), for demand reported by brand. */
export function collectBidders(rawBids: unknown): Map<string, Set<string>> {
  const bidders = new Map<string, Set<string>>();
  if (!Array.isArray(rawBids)) return bidders;
  for (const bid of rawBids) {
    const productId = rawString(bid, 'productId');
    const companyId = rawString(bid, 'companyId');
    if (productId === undefined || companyId === undefined) continue;
    const companies = bidders.get(productId);
    if (companies) companies.add(companyId);
    else bidders.set(productId, new Set([companyId]));
  }
  return bidders;
}
