import { isReceipt, type BidReceipt } from './receipt';

/**
 * The company's receipts in this browser (localStorage): the platform keeps no readable price
 * before opening, so the price the company sees as "my bid" is the one in its own receipt. Kept
 * per company and round; per product the receipts by revision. Nothing here is ever sent anywhere.
 */
const storageKey = (companyId: string, roundId: string) => `jicai.receipts.${companyId}.${roundId}`;

type Stored = Record<string, BidReceipt[]>;

function read(companyId: string, roundId: string): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(companyId, roundId)) ?? '{}') as Stored;
    const clean: Stored = {};
    for (const [product, list] of Object.entries(raw)) {
      if (Array.isArray(list)) clean[product] = list.filter(isReceipt);
    }
    return clean;
  } catch {
    return {};
  }
}

/** Every receipt kept for the round, by product code. */
export const keptReceipts = (companyId: string, roundId: string): Stored => read(companyId, roundId);

/** Keeps a receipt (the same revision again replaces itself). */
export function keepReceipt(receipt: BidReceipt): void {
  const all = read(receipt.companyId, receipt.roundId);
  const list = (all[receipt.productCode] ?? []).filter((r) => r.revision !== receipt.revision);
  all[receipt.productCode] = [...list, receipt].sort((a, b) => a.revision - b.revision);
  localStorage.setItem(storageKey(receipt.companyId, receipt.roundId), JSON.stringify(all));
}
