// Where a round stands, for what the public may see of it.
import { hasReachedState, ROUND_STATES, type RoundState } from '@jicai/domain';

/** Whether a round in `state` (as the API spells it) has got as far as `target`. */
export const reached = (state: string, target: RoundState) =>
  (ROUND_STATES as readonly string[]).includes(state) && hasReachedState(state as RoundState, target);

/** The signed commitments are published at the bidding deadline. */
export const biddingClosed = (state: string) => reached(state, 'bidding-closed');
/** The proposed winners (拟中选) are public once the office published them: the objection period. */
export const proposedPublished = (state: string) => reached(state, 'objection-period');
/** The award (中选结果) is public once published. */
export const awardPublished = (state: string) => reached(state, 'awarded');
