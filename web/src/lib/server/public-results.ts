import { formatShare } from '$lib/format/money';
import { outcomeLabel } from '$lib/public/labels';
import { reductionChartSvg } from './reduction-chart';

/** What the results page reads of the evaluation contract's output (GET …/evaluation/result). */
interface NamedBid {
  bidId: string;
  companyName?: string;
  companyId: string;
  specCode?: string;
  ucp: string | null;
  reduction: string | null;
  rank: number | null;
  outcome: string;
  winningPackPrice: string | null;
}
interface NamedProduct {
  productId: string;
  productName?: string;
  status: string;
  validBids: number;
  winners: number;
  bids: NamedBid[];
}

interface CatalogueProduct {
  code: string;
  representativeSpecCode: string;
  specs: { code: string; ceiling: string }[];
}

export interface ResultBid {
  readonly bidId: string;
  readonly company: string;
  readonly specCode: string | null;
  readonly ucp: string | null;
  readonly reduction: string | null;
  readonly rank: number | null;
  readonly outcome: string;
  readonly winner: boolean;
  readonly packPrice: string | null;
}

export interface ResultProduct {
  readonly code: string;
  readonly name: string;
  readonly status: string;
  readonly validBids: number;
  readonly winners: number;
  readonly representativeSpec: string | null;
  readonly ceiling: string | null;
  readonly bids: readonly ResultBid[];
  /** server-rendered SVG (a chart library's output), null when no bid has a reduction */
  readonly chartSvg: string | null;
}

const WINNING = new Set(['winner', 'revival-winner']);

/**
 * The published result as the public page shows it: per product its ceiling, every ranked bid with
 * its comparable price, reduction against the ceiling and outcome, winners' awarded pack prices.
 * Allocations to hospitals stay out (they are the agreed volumes' pages): the page stays small.
 */
export function resultProducts(
  result: { roundId: string; seq: number; products?: unknown },
  catalogue: readonly CatalogueProduct[],
  opts: { locale: string; proposed: boolean },
): ResultProduct[] {
  const products = (Array.isArray(result.products) ? result.products : []) as NamedProduct[];
  return products.map((p) => {
    const product = catalogue.find((c) => c.code === p.productId);
    const representative = product?.specs.find((s) => s.code === product.representativeSpecCode);
    const bids = [...p.bids]
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
      .map((b): ResultBid => ({
        bidId: b.bidId,
        company: b.companyName ?? b.companyId,
        specCode: b.specCode ?? null,
        ucp: b.ucp,
        reduction: b.reduction,
        rank: b.rank,
        outcome: outcomeLabel(b.outcome, opts.proposed),
        winner: WINNING.has(b.outcome),
        packPrice: b.winningPackPrice,
      }));
    const charted = bids.filter((b) => b.reduction !== null);
    const key = `${result.roundId}|${result.seq}|${p.productId}|${opts.locale}`;
    return {
      code: p.productId,
      name: p.productName ?? p.productId,
      status: p.status,
      validBids: p.validBids,
      winners: p.winners,
      representativeSpec: representative?.code ?? null,
      ceiling: representative?.ceiling ?? null,
      bids,
      chartSvg: charted.length
        ? reductionChartSvg(
            key,
            charted.map((b) => ({
              label: b.company,
              reduction: b.reduction as string,
              text: formatShare(b.reduction, opts.locale),
              winner: b.winner,
            })),
          )
        : null,
    };
  });
}

const views = new Map<string, ResultProduct[]>();

/**
 * A published evaluation (round, seq) never changes: its page view is built once per language and
 * phase (proposed or awarded) and kept, so the busiest public page does not re-read the result.
 */
export async function cachedResultProducts(
  key: string,
  build: () => Promise<ResultProduct[] | null>,
): Promise<ResultProduct[]> {
  const hit = views.get(key);
  if (hit) return hit;
  const built = await build();
  if (!built) return [];
  if (views.size > 200) views.clear();
  views.set(key, built);
  return built;
}
