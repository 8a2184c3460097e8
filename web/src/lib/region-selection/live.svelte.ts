import { followEvents, type LiveStatus as FeedStatus } from '$lib/live/event-feed.svelte';
import type { SelectionEvent } from './types';

export type LiveStatus = FeedStatus;

/** The region-selection room's live feed. */
export function followSelection(roundCode: string, onEvent: (event: SelectionEvent) => void) {
  return followEvents<SelectionEvent>(
    `/api/rounds/${encodeURIComponent(roundCode)}/region-selection/events`,
    'selection',
    onEvent,
  );
}
