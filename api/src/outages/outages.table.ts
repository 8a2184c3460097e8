/** Filled in by the outages feature. */
export interface OutageTables {}
