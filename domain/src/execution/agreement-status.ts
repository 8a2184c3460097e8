import { invariant } from '../invariant.js';

export const AGREEMENT_STATUSES = ['drafted', 'signed', 'active', 'expired', 'renewed'] as const;
/** docs/rules.md §12.7: drafted → signed → active → expired or renewed */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const SIGNING_SIDES = ['hospital', 'company'] as const;
export type SigningParty = (typeof SIGNING_SIDES)[number];

/** What decides whether one line of an agreement may be bought against on a day. */
export interface AgreementLineTerm {
  /** first day of supply, YYYY-MM-DD */
  readonly cycleStart: string;
  /** last day of supply, YYYY-MM-DD */
  readonly cycleEnd: string;
  /** the day the line stopped early (its supplier failed, the backup took over), or null */
  readonly endedOn: string | null;
}

/** An agreement's parties' signatures and its lines, as the status reads them. */
export interface AgreementFacts {
  readonly hospitalSigned: boolean;
  readonly companySigned: boolean;
  /** a renewal round (接续) was made from the agreement's round */
  readonly renewed: boolean;
  readonly lines: readonly AgreementLineTerm[];
}

export interface AgreementStanding {
  readonly status: AgreementStatus;
  /** the sides whose signature is still missing, hospital first; empty once both signed */
  readonly awaiting: readonly SigningParty[];
}

/** 'YYYY-MM-DD' strings compare as dates. */
const onOrBefore = (a: string, b: string) => a <= b;

/**
 * docs/rules.md §12.7: a line is in force on `today` when its cycle contains today and it has not
 * ended — ⚙ a line ended on D is no longer in force on D (the backup's agreement takes D).
 * Signatures are the agreement's, not the line's: a line can be bought against only when
 * `isLineActive(agreement, line, today)` — both parties signed too.
 */
export function isLineInCycle(line: AgreementLineTerm, today: string): boolean {
  return (
    onOrBefore(line.cycleStart, today) &&
    onOrBefore(today, line.cycleEnd) &&
    (line.endedOn === null || today < line.endedOn)
  );
}

/** A line may be bought against today: both parties signed and the line is in its cycle. */
export function isLineActive(
  line: AgreementLineTerm & { readonly hospitalSigned: boolean; readonly companySigned: boolean },
  today: string,
): boolean {
  return line.hospitalSigned && line.companySigned && isLineInCycle(line, today);
}

/** The line will still come into force: its cycle has not started and it was not ended before it did. */
function isLineAhead(line: AgreementLineTerm, today: string): boolean {
  return today < line.cycleStart && (line.endedOn === null || line.cycleStart < line.endedOn);
}

/**
 * docs/rules.md §12.7: an agreement is `drafted` until both sides signed (and says who is awaited);
 * then `active` while any line is in force, `signed` while none is but one is still to start, and
 * once every line is over, `renewed` if a renewal round was made from its round, else `expired`.
 */
export function agreementStatus(agreement: AgreementFacts, today: string): AgreementStanding {
  invariant(agreement.lines.length > 0, 'AGREEMENT_HAS_LINES');
  const awaiting = SIGNING_SIDES.filter((side) =>
    side === 'hospital' ? !agreement.hospitalSigned : !agreement.companySigned,
  );
  if (awaiting.length > 0) return { status: 'drafted', awaiting };
  if (agreement.lines.some((line) => isLineInCycle(line, today))) return { status: 'active', awaiting };
  if (agreement.lines.some((line) => isLineAhead(line, today))) return { status: 'signed', awaiting };
  return { status: agreement.renewed ? 'renewed' : 'expired', awaiting };
}
