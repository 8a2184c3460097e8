import type { components } from '@jicai/api/client';

/** The public log of a round's region selection, as GET …/region-selection answers it. */
export type Selection = components['schemas']['RegionSelection'];
export type SelectionEntry = Selection['entries'][number];
/** One event of GET …/region-selection/events: the selection and the round's clock when it was sent. */
export type SelectionEvent = components['schemas']['RegionSelectionEvent'];

/** How many picks the log holds: picks only ever add up, so the larger count is the newer state. */
export const countPicks = (s: Selection) => s.entries.reduce((n, e) => n + e.picks.length, 0);
