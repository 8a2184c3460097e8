import type { SurplusGrade } from '@jicai/domain';
import type { ColumnType } from 'kysely';

/** The assessment grade (考核等级) of one institution for a round's cycle (migration 2026_12_08_0800). */
export interface SurplusGradeTable {
  round_id: string;
  hospital_id: string;
  grade: SurplusGrade;
  graded_at: ColumnType<Date, Date | undefined, Date>;
  graded_by: string;
}

export interface SurplusTables {
  surplus_grade: SurplusGradeTable;
}
