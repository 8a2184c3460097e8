/** Filled in by the companies feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CompanyTables {}
