/** Filled in by the bids feature. */
export interface BidTables {}
