/** Filled in by the rounds feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface RoundTables {}
