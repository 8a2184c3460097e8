import type { components } from '@jicai/api/client';

/** The public notices as GET /notices answers them, and as each event of GET /notices/events carries them. */
export type NoticeList = components['schemas']['PublicNoticeList'];
export type NoticeStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

/**
 * The public notices page's live feed: an EventSource on the API's stream, fed by PostgreSQL's
 * notifications on whichever node the browser reached. The browser reconnects by itself (the API
 * answers the current list); meanwhile `status` says so. Call `close` when the page goes.
 */
export function followNotices(onList: (list: NoticeList) => void) {
  const live = $state({ status: 'connecting' as NoticeStatus });
  const source = new EventSource('/api/notices/events');
  source.addEventListener('open', () => (live.status = 'live'));
  source.addEventListener('error', () => {
    live.status = source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting';
  });
  source.addEventListener('notices', (message) => {
    live.status = 'live';
    onList(JSON.parse((message as MessageEvent<string>).data) as NoticeList);
  });
  return {
    get status() {
      return live.status;
    },
    close() {
      source.close();
      live.status = 'closed';
    },
  };
}
