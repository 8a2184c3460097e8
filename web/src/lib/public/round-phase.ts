// Where a round stands, for what the public may see of it.

const ORDER = [
  'draft',
  'published',
  'demand-open',
  'demand-closed',
  'demand-locked',
  'bidding-open',
  'bidding-closed',
  'technical-opened',
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
  'region-selection',
  'volumes-agreed',
];

const reached = (state: string, target: string) =>
  ORDER.indexOf(state) >= 0 && ORDER.indexOf(state) >= ORDER.indexOf(target);

/** The signed commitments are published at the bidding deadline. */
export const biddingClosed = (state: string) => reached(state, 'bidding-closed');
/** The proposed winners (拟中选) are public once the office published them: the objection period. */
export const proposedPublished = (state: string) => reached(state, 'objection-period');
/** The award (中选结果) is public once published. */
export const awardPublished = (state: string) => reached(state, 'awarded');
