import { Decimal } from 'decimal.js';
import { formatShare } from '../format/money';
import { reductionChartSvg } from './reduction-chart';

/** What this chart reads of the evaluation contract's output (GET …/evaluation/result). */
interface ResultBid {
  outcome: string;
  reduction: string | null;
}
interface ResultProduct {
  productId: string;
  productName?: string;
  bids: ResultBid[];
}

const WINNING = new Set(['winner', 'revival-winner']);

/**
 * 各品种中选降幅: one bar per product, the deepest reduction among its winners against the ceiling
 * (the public page's chart, one level up: per product instead of per bid). null when no product
 * has a winner with a reduction. Drawn once per published evaluation (round, seq) and language.
 */
export function priceReductionsSvg(
  result: { roundId: string; seq: number; products?: unknown },
  locale: string,
): string | null {
  const products = (Array.isArray(result.products) ? result.products : []) as ResultProduct[];
  const bars = products.flatMap((p) => {
    const reductions = p.bids
      .filter((b) => WINNING.has(b.outcome) && b.reduction !== null)
      .map((b) => b.reduction as string);
    if (!reductions.length) return [];
    const deepest = reductions.reduce((a, b) => (new Decimal(b).greaterThan(a) ? b : a));
    return [
      {
        label: p.productName ?? p.productId,
        reduction: deepest,
        text: formatShare(deepest, locale),
        winner: true,
      },
    ];
  });
  if (!bars.length) return null;
  return reductionChartSvg(`reductions|${result.roundId}|${result.seq}|${locale}`, bars);
}
