/** Filled in by the demand feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DemandTables {}
