import type { ColumnType, Generated } from 'kysely';

export const DEMAND_EVENT_KINDS = ['submitted', 'resubmitted', 'approved', 'returned'] as const;
export type DemandEventKind = (typeof DEMAND_EVENT_KINDS)[number];

/**
 * One step of a demand line's review trail, written only by demand_report's triggers (migration
 * 2026_12_07_0100): the API reads it, never writes it.
 */
export interface DemandReportEventTable {
  id: Generated<string>;
  report_id: string;
  kind: DemandEventKind;
  quantity: ColumnType<string, never, never>;
  last_year_volume: ColumnType<string | null, never, never>;
  reason: string | null;
  comment: string | null;
  actor_user_id: string | null;
  at: Date;
}

export interface DemandEventTables {
  demand_report_event: DemandReportEventTable;
}
