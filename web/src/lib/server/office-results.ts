import type { NamedBid, NamedProduct } from '$lib/outcome/result';

/** One bid as the office's results table shows it (ranked, with why it came out as it did). */
export interface OfficeBid extends NamedBid {
  readonly company: string;
}

/** One product entry of the evaluation: its status, price levels, W, ratio, agreed volume and bids. */
export interface OfficeProduct extends Omit<NamedProduct, 'bids'> {
  readonly key: string;
  readonly name: string;
  readonly agreedVolume: string;
  readonly ceiling: string | null;
  readonly representativeSpec: string | null;
  readonly bids: readonly OfficeBid[];
}

interface CatalogueProduct {
  readonly code: string;
  readonly representativeSpecCode: string;
  readonly specs: readonly { readonly code: string; readonly ceiling: string }[];
}

type Published = NamedProduct & { readonly agreedVolume?: number | string };

const byRank = (a: NamedBid, b: NamedBid) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);

/**
 * The named result reduced to what the office's results page reads: no allocations or region
 * rows (thousands per product in a national round), bids ranked, the ceiling of the representative
 * spec beside each product.
 */
export function officeProducts(
  result: { products?: unknown },
  catalogue: readonly CatalogueProduct[],
): OfficeProduct[] {
  const products = (Array.isArray(result.products) ? result.products : []) as Published[];
  const catalogueByCode = new Map(catalogue.map((c) => [c.code, c]));
  return products.map((p) => {
    const product = catalogueByCode.get(p.productId);
    const representative = product?.specs.find((s) => s.code === product.representativeSpecCode);
    return {
      key: p.group === null ? p.productId : `${p.productId}-${p.group}`,
      productId: p.productId,
      productName: p.productName,
      name: p.productName ?? p.productId,
      group: p.group,
      status: p.status,
      validBids: p.validBids,
      maxShortlist: p.maxShortlist,
      lowestUcp: p.lowestUcp,
      meanUcp: p.meanUcp,
      anchorUcp: p.anchorUcp,
      thresholdUcp: p.thresholdUcp,
      winners: p.winners,
      ratio: p.ratio,
      cycleYears: p.cycleYears,
      agreedVolume: String(p.agreedVolume ?? 0),
      ceiling: representative?.ceiling ?? null,
      representativeSpec: representative?.code ?? null,
      bids: [...p.bids].sort(byRank).map((b) => ({ ...b, company: b.companyName ?? b.companyId })),
    };
  });
}

export const RESULTS_PAGE_SIZE = 20;

export interface ResultsFilter {
  /** part of a product's code or name */
  readonly q: string;
  readonly status: string;
  readonly page: number;
}

export function readResultsFilter(url: URL): ResultsFilter {
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  return {
    q: (url.searchParams.get('q') ?? '').trim().slice(0, 64),
    status: url.searchParams.get('status') ?? '',
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/** The products matching the filter, one page of them, and how many there are per status. */
export function filterProducts(products: readonly OfficeProduct[], filter: ResultsFilter) {
  const q = filter.q.toLowerCase();
  const matching = products.filter(
    (p) =>
      (!q || p.productId.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)) &&
      (!filter.status || p.status === filter.status),
  );
  const pages = Math.max(1, Math.ceil(matching.length / RESULTS_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const counts: Record<string, number> = {};
  for (const p of products) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return {
    items: matching.slice((page - 1) * RESULTS_PAGE_SIZE, page * RESULTS_PAGE_SIZE),
    total: matching.length,
    page,
    pages,
    counts,
  };
}

const views = new Map<string, OfficeProduct[]>();

/**
 * A record (round, seq) never changes: the office's view of it is built once and kept, so paging
 * and filtering a national round does not re-read its result (allocations included) each time.
 */
export async function cachedOfficeProducts(
  key: string,
  build: () => Promise<OfficeProduct[] | null>,
): Promise<OfficeProduct[]> {
  const hit = views.get(key);
  if (hit) return hit;
  const built = await build();
  if (!built) return [];
  if (views.size > 50) views.clear();
  views.set(key, built);
  return built;
}
