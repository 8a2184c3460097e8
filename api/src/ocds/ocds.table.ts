import type { ColumnType, Generated } from 'kysely';

export const OCDS_STAGES = [
  'tender',
  'bids',
  'proposed',
  'awarded',
  'contracts',
  'cancelled',
  'amended',
] as const;
export type OcdsStage = (typeof OCDS_STAGES)[number];

/** One release of a round, recorded by the `round` trigger with the state change that made it due. */
export interface OcdsReleaseTable {
  /** bigserial: arrives as a string */
  id: Generated<string>;
  round_id: string;
  stage: OcdsStage;
  /** xid8 of the writing transaction, as text: the feed's commit order */
  txid: ColumnType<string, never, never>;
  recorded_at: Date;
  /** the round row (to_jsonb) as it was when the stage was reached */
  round_row: ColumnType<RecordedRound, never, never>;
  /** the latest evaluation record then, if any */
  evaluation_seq: number | null;
}

/** The columns of the recorded round row the releases use (timestamps as JSON text). */
export interface RecordedRound {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly state: string;
  readonly ruleset_frozen: { readonly name: string } | null;
  readonly bidding_opens_at: string | null;
  readonly bidding_closes_at: string | null;
  readonly opening_at: string | null;
  readonly demand_opens_at: string | null;
  readonly demand_closes_at: string | null;
  readonly published_at: string | null;
  readonly created_by: string;
}

export interface OcdsTables {
  ocds_release: OcdsReleaseTable;
}
