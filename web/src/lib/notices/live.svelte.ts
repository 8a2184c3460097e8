import type { components } from '@jicai/api/client';
import { followEvents, type LiveStatus } from '$lib/live/event-feed.svelte';

/** The public notices as GET /notices answers them, and as each event of GET /notices/events carries them. */
export type NoticeList = components['schemas']['PublicNoticeList'];
export type NoticeStatus = LiveStatus;

/**
 * The public notices page's live feed, fed by PostgreSQL's notifications on whichever node the
 * browser reached.
 */
export function followNotices(onList: (list: NoticeList) => void) {
  return followEvents<NoticeList>('/api/notices/events', 'notices', onList);
}
