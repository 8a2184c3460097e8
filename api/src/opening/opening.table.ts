/** Filled in by the opening feature. */
export interface OpeningTables {}
