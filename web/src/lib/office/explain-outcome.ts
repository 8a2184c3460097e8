import { m } from '$lib/paraglide/messages.js';
import { formatMoney } from '$lib/format/money';
import { conditionLabel, reasonLabel } from '$lib/outcome/labels';
import type { NamedBid } from '$lib/outcome/result';

/** Why a bid came out as it did, in the words of docs/rules.md §6–§8 (the office's view of every bid). */
export function explainOutcome(
  bid: Pick<NamedBid, 'outcome' | 'qualifiedBy' | 'reasons' | 'rank' | 'ucp' | 'winningUcp'>,
  product: { readonly maxShortlist: number; readonly thresholdUcp: string | null },
  locale: string,
): string {
  const ucp = (v: string | null) => formatMoney(v, locale, 4);
  const list = (codes: readonly string[], label: (code: string) => string) =>
    codes.map(label).join(m.outcome_list_separator());
  switch (bid.outcome) {
    case 'winner':
      return m.outcome_why_winner({ conditions: list(bid.qualifiedBy, conditionLabel) });
    case 'revival-winner':
      return m.outcome_why_revival_winner({ ucp: ucp(bid.winningUcp) });
    case 'revival-offer':
      return m.office_results_why_revival_offer();
    case 'not-shortlisted':
      return m.outcome_why_not_shortlisted({ rank: bid.rank ?? 0, m: product.maxShortlist });
    case 'price-condition-failed':
      return product.thresholdUcp
        ? m.outcome_why_price_failed({ ucp: ucp(bid.ucp), threshold: ucp(product.thresholdUcp) })
        : m.outcome_why_price_failed_plain();
    case 'invalid':
      return m.outcome_why_invalid({ reasons: list(bid.reasons, reasonLabel) });
    case 'negotiation':
      return m.outcome_why_negotiation();
    default: {
      const _exhaustive: never = bid.outcome;
      return String(_exhaustive);
    }
  }
}
