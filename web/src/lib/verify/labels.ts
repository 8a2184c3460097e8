import { m } from '$lib/paraglide/messages.js';

/** The name of an issued document's kind, as the API spells it (api/src/pdf/issue-pdf.ts). */
export function documentKindLabel(kind: string): string {
  switch (kind) {
    case 'bid-receipt':
      return m.verify_kind_bid_receipt();
    case 'proposed-winners-notice':
      return m.verify_kind_proposed_winners_notice();
    case 'award-notice':
      return m.verify_kind_award_notice();
    case 'purchase-agreement':
      return m.verify_kind_purchase_agreement();
    default:
      return kind;
  }
}
