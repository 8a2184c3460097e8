import type { PurchaseStatus } from '../purchases/ledger.table.js';

/** An agreement line as the demo orders against it. */
export interface OrderedLine {
  readonly agreement_id: string;
  readonly hospital_id: string;
  readonly company_id: string;
  readonly region_code: string;
  readonly hospital_login: string;
  readonly hospital_user: string;
  readonly company_user: string;
  readonly company_login: string;
  readonly product_id: string;
  readonly product_code: string;
  readonly spec_code: string;
  readonly units_per_pack: number;
  /** decimal string */
  readonly pack_price: string;
  /** int8 string, smallest units a year */
  readonly agreed_volume: string;
  readonly cycle_start: string;
}

export interface LineOrder {
  readonly line: OrderedLine;
  /** 0: the cycle's first month */
  readonly month: number;
  readonly orderedOn: string;
  readonly packs: number;
  readonly overAgreed: boolean;
  readonly status: Exclude<PurchaseStatus, 'cancelled' | 'recorded'>;
  readonly purchaseId?: string;
}

/** hospital.bj1 orders its first line at more than four times the pace: it runs past its agreed volume. */
export const OVER_AGREED_LOGIN = 'hospital.bj1';
const OVER_PACE = 4.5;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function monthStart(cycleStart: string, month: number): string {
  const year = Number(cycleStart.slice(0, 4));
  const m0 = Number(cycleStart.slice(5, 7)) - 1 + month;
  return `${year + Math.floor(m0 / 12)}-${String((m0 % 12) + 1).padStart(2, '0')}-01`;
}

/** The supplier behind with its deliveries: its recent orders confirmed, not delivered. */
export const LAGGING_LOGIN = 'company.c04';

/**
 * Where an order stands `age` days after it was placed: delivered after 3 days, accepted 2 later; in
 * the last month some deliveries still wait for acceptance. One supplier is behind: its orders of the
 * last month are confirmed but not delivered (the supplier lag alert); the others' wait for
 * confirmation or are delivered, never half-way.
 */
function statusAt(age: number, i: number, laggard: boolean): LineOrder['status'] {
  if (age >= 30) return 'accepted';
  if (laggard) {
    if (age >= 9) return i % 2 === 0 ? 'confirmed' : 'accepted';
    return age >= 1 ? 'confirmed' : 'ordered';
  }
  if (age >= 9) return i % 4 === 0 ? 'delivered' : 'accepted';
  return age >= 4 ? 'delivered' : 'ordered';
}

/**
 * One order a month per agreement line from the cycle's start until today, on a day of the month that
 * varies by line, of about a twelfth of the agreed volume (85–115 %, by fixed choices, no randomness).
 * An order placed when the line's agreed volume was already used up is marked over the agreed volume.
 */
export function orderPlan(lines: readonly OrderedLine[], today: string): LineOrder[] {
  const orders: LineOrder[] = [];
  const overLine = lines.find((l) => l.hospital_login === OVER_AGREED_LOGIN);
  for (const [li, line] of lines.entries()) {
    const agreed = Number(line.agreed_volume);
    let used = 0;
    for (let month = 0; ; month++) {
      const orderedOn = `${monthStart(line.cycle_start, month).slice(0, 8)}${String(3 + ((li * 5 + month * 3) % 20)).padStart(2, '0')}`;
      if (orderedOn > today) break;
      const pace = line === overLine ? OVER_PACE : 0.85 + ((li * 7 + month * 3) % 7) / 20;
      const packs = Math.max(3, Math.round((agreed * pace) / 12 / line.units_per_pack));
      orders.push({
        line,
        month,
        orderedOn,
        packs,
        overAgreed: used >= agreed,
        status: statusAt(daysBetween(orderedOn, today), orders.length, line.company_login === LAGGING_LOGIN),
      });
      used += packs * line.units_per_pack;
    }
  }
  return orders;
}
