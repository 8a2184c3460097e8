import {
  contractedAmount,
  DEFAULT_EXECUTION_RULES,
  Dec,
  formatDecimal,
  minimumPrepayment,
  type ExecutionRules,
  type Ruleset,
} from '@jicai/domain';
import { agreementTermsSha256 } from './agreement-signature.js';
import { termsDocOf } from './agreement-signing.mapper.js';
import type { AgreementLineRow, AgreementRow, RoundContext } from './agreements.repository.js';
import type { SupplyRole } from './agreements.table.js';

/** One product line of an agreement as printed (money as decimal strings, volumes as integer strings). */
export interface AgreementDocumentLine {
  readonly productCode: string;
  readonly productName: string;
  readonly group: string | null;
  readonly specCode: string;
  readonly unitsPerPack: number;
  readonly packPrice: string;
  /** smallest units (片/粒/支) a year */
  readonly agreedVolume: string;
  /** packPrice × agreedVolume ÷ unitsPerPack, to the fen */
  readonly amount: string;
  readonly supply: SupplyRole;
  readonly cycleStart: string;
  readonly cycleEnd: string;
}

/** Everything an agreement's PDF shows: only data, so the same agreement always renders the same bytes. */
export interface AgreementDocument {
  readonly agreementId: string;
  readonly round: { readonly code: string; readonly name: string };
  /** the alliance office (联采办) that organised the round */
  readonly office: string;
  readonly hospital: { readonly name: string; readonly uscc: string | null; readonly region: string | null };
  readonly company: { readonly name: string; readonly uscc: string | null };
  /** when the agreed volumes were fixed: the instant the agreement speaks of */
  readonly agreedAt: Date;
  readonly agreedOn: string;
  readonly lines: readonly AgreementDocumentLine[];
  /** SHA-256 of the terms both parties sign in the platform (issue 12.1): the PDF names what is signed */
  readonly termsSha256: string;
  /** Σ amount: the annual contracted amount (约定采购金额) */
  readonly totalAmount: string;
  readonly payment: {
    readonly dueDays: number;
    readonly prepayShare: string;
    /** docs/rules.md §12.2: at least prepayShare × the annual amount, rounded up to the fen */
    readonly minimumPrepayment: string;
  };
}

/** The ruleset's execution rules (docs/rules.md §12); a ruleset frozen before they existed has the defaults. */
export const executionRulesOf = (ruleset: Ruleset | null): ExecutionRules =>
  ruleset?.execution ?? DEFAULT_EXECUTION_RULES;

/** An agreement's printable content from its rows, its lines (already in order) and its round. */
export function toAgreementDocument(
  round: RoundContext,
  agreement: AgreementRow,
  lines: readonly AgreementLineRow[],
): AgreementDocument {
  const rules = executionRulesOf(round.ruleset_frozen);
  let total = new Dec(0);
  const printed = lines.map((l) => {
    const amount = contractedAmount(new Dec(l.pack_price), BigInt(l.agreed_volume), l.units_per_pack);
    total = total.plus(amount);
    return {
      productCode: l.product_code,
      productName: l.product_name,
      group: l.group_key,
      specCode: l.spec_code,
      unitsPerPack: l.units_per_pack,
      packPrice: formatDecimal(new Dec(l.pack_price), 2),
      agreedVolume: l.agreed_volume,
      amount: formatDecimal(amount, 2),
      supply: l.supply,
      cycleStart: l.cycle_start,
      cycleEnd: l.cycle_end,
    };
  });
  return {
    agreementId: agreement.id,
    round: { code: round.code, name: round.name },
    office: round.office_name ?? '',
    hospital: { name: agreement.hospital_name, uscc: agreement.hospital_uscc, region: agreement.region_name },
    company: { name: agreement.company_name, uscc: agreement.company_uscc },
    agreedAt: round.volumes_agreed_at as Date,
    agreedOn: round.agreed_on,
    lines: printed,
    termsSha256: agreementTermsSha256(termsDocOf(agreement, lines)),
    totalAmount: formatDecimal(total, 2),
    payment: {
      dueDays: rules.paymentDueDays,
      prepayShare: rules.prepayShare,
      minimumPrepayment: formatDecimal(minimumPrepayment(total, rules), 2),
    },
  };
}
