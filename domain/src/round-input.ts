import type { Dec } from './money/decimal.js';

/** The evaluation input of the contract, after validation at the edge: money already Decimal. */

export const FORMS = ['oral-solid', 'oral-liquid', 'injection', 'consumable', 'other'] as const;
export type Form = (typeof FORMS)[number];

export const VOLUME_CLASSES = ['general', 'designated-anti-infective', 'exclusive'] as const;
export type VolumeClass = (typeof VOLUME_CLASSES)[number];

export const REVIVAL_ANSWERS = ['accept', 'decline'] as const;
export type RevivalAnswer = (typeof REVIVAL_ANSWERS)[number];

export interface Spec {
  readonly id: string;
  readonly strength: Dec;
  /** null: the product's strength unit (specs normally share it; docs/rules.md §5) */
  readonly strengthUnit: string | null;
  readonly unitsPerPack: number;
  readonly volumeMl: Dec | null;
  readonly ceiling: Dec;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly form: Form;
  readonly volumeClass: VolumeClass;
  readonly strengthUnit: string;
  readonly representativeSpecId: string;
  readonly specs: readonly Spec[];
}

export interface CompanyFacts {
  readonly creditRank: number;
  readonly regionsSuppliedLastYear: number;
  readonly salesVolume: number;
  readonly affiliateGroup: string | null;
  readonly annualCapacity: number | null;
  readonly onViolationList: boolean;
  /** YYYY-MM-DD */
  readonly qualityFailureOn: string | null;
}

export interface Bid {
  readonly id: string;
  readonly productId: string;
  readonly specId: string;
  readonly companyId: string;
  readonly packPrice: Dec;
  /** RFC 3339 as submitted */
  readonly submittedAt: string;
  /** the same instant as exact seconds since the epoch (sub-second digits kept, G26) */
  readonly submittedAtInstant: Dec;
  readonly originator: boolean;
  /** YYYY-MM-DD */
  readonly consistencyPassedOn: string | null;
  readonly approvalDate: string | null;
  readonly group: string | null;
  readonly marketVolume: number | null;
  readonly technicalPass: boolean | null;
  readonly revival: RevivalAnswer | null;
  readonly regionPreferences: readonly string[];
  readonly company: CompanyFacts;
}

export interface DemandLine {
  readonly institutionId: string;
  readonly regionId: string | null;
  readonly productId: string;
  readonly quantity: number;
  readonly brandCompanyId: string | null;
  readonly lastYearVolume: number | null;
  readonly group: string | null;
}

export interface RoundInput {
  /** null: the round has no regions (allowed only for rulesets without region picking) */
  readonly regions: readonly string[] | null;
  readonly products: readonly Product[];
  readonly bids: readonly Bid[];
  readonly demand: readonly DemandLine[];
  /** RFC 3339 with offset */
  readonly deadline: string;
}
