import type { Generated } from 'kysely';

/** The office's working-day calendar: the holidays and make-up workdays it sets. */
export interface WorkingDayTable {
  day: string;
  kind: 'holiday' | 'workday';
  note: Generated<string>;
}

export interface CalendarTables {
  working_day: WorkingDayTable;
}
