import { Dec, measureProgress, type ExecutionRules } from '@jicai/domain';

/** Agreed against purchased for any slice of a cycle, with the domain's pace verdict (docs/rules.md §12.5). */
export interface ProgressFigures {
  readonly agreedUnits: number;
  readonly agreedAmount: string;
  readonly purchasedUnits: number;
  readonly purchasedAmount: string;
  /** purchased ÷ agreed to 4 decimals; null with nothing agreed */
  readonly completion: string | null;
  /** where a linear buyer would be today (elapsed ÷ cycle days), 4 decimals */
  readonly expectedPace: string;
  readonly behind: boolean;
}

export interface Slice {
  readonly agreedUnits: bigint;
  readonly agreedAmount: Dec;
  readonly purchasedUnits: bigint;
  readonly purchasedAmount: Dec;
  /** the earliest cycle start and latest end of the slice's agreed lines; null: nothing agreed */
  readonly cycleStart: string | null;
  readonly cycleEnd: string | null;
}

export const emptySlice = (): Slice => ({
  agreedUnits: 0n,
  agreedAmount: new Dec(0),
  purchasedUnits: 0n,
  purchasedAmount: new Dec(0),
  cycleStart: null,
  cycleEnd: null,
});

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

export const addSlices = (a: Slice, b: Slice): Slice => ({
  agreedUnits: a.agreedUnits + b.agreedUnits,
  agreedAmount: a.agreedAmount.plus(b.agreedAmount),
  purchasedUnits: a.purchasedUnits + b.purchasedUnits,
  purchasedAmount: a.purchasedAmount.plus(b.purchasedAmount),
  cycleStart: earlier(a.cycleStart, b.cycleStart),
  cycleEnd: later(a.cycleEnd, b.cycleEnd),
});

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The day `years` after a YYYY-MM-DD day (29 February gives 28 February in a common year). */
function yearsAfter(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/**
 * Days of the cycle behind `today` (⚙: from the cycle's first day to today, today not counted: 0 on
 * the first day, never below 0 nor beyond the cycle) and the days of the agreement's first year, the
 * period an (annual) agreed volume is paced over (docs/rules.md §12.17).
 */
export function elapsedOf(cycleStart: string, cycleEnd: string, today: string) {
  const cycleDays = dayNumber(cycleEnd) - dayNumber(cycleStart) + 1;
  const yearDays = dayNumber(yearsAfter(cycleStart, 1)) - dayNumber(cycleStart);
  const elapsedDays = Math.min(Math.max(dayNumber(today) - dayNumber(cycleStart), 0), cycleDays);
  return { elapsedDays, cycleDays: Math.min(yearDays, cycleDays) };
}

const safe = (n: bigint) => {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('a quantity beyond 2^53');
  return Number(n);
};

/** The slice's figures on `today` under the round's rules. */
export function figuresOf(slice: Slice, today: string, rules: ExecutionRules): ProgressFigures {
  const { elapsedDays, cycleDays } =
    slice.cycleStart && slice.cycleEnd
      ? elapsedOf(slice.cycleStart, slice.cycleEnd, today)
      : { elapsedDays: 0, cycleDays: 1 };
  const progress = measureProgress(
    safe(slice.purchasedUnits),
    safe(slice.agreedUnits),
    elapsedDays,
    cycleDays,
    rules,
  );
  return {
    agreedUnits: safe(slice.agreedUnits),
    agreedAmount: slice.agreedAmount.toFixed(2),
    purchasedUnits: safe(slice.purchasedUnits),
    purchasedAmount: slice.purchasedAmount.toFixed(2),
    completion: progress.completion?.toFixed(4) ?? null,
    expectedPace: progress.expectedPace.toFixed(4),
    behind: progress.behind,
  };
}

/** The row's slice: int8 and numeric arrive as text. */
export function sliceOf(row: {
  readonly agreed_units: string;
  readonly agreed_amount: string;
  readonly purchased_units: string;
  readonly purchased_amount: string;
  readonly cycle_start: string | null;
  readonly cycle_end: string | null;
}): Slice {
  return {
    agreedUnits: BigInt(row.agreed_units),
    agreedAmount: new Dec(row.agreed_amount),
    purchasedUnits: BigInt(row.purchased_units),
    purchasedAmount: new Dec(row.purchased_amount),
    cycleStart: row.cycle_start,
    cycleEnd: row.cycle_end,
  };
}
