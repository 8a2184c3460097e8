import type { SelectionEvent } from './types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

/**
 * The region-selection room's live feed: an EventSource on the API's stream. The browser reconnects
 * by itself (sending the last event id; the API answers the current state); meanwhile `status` says
 * so. Call `close` when the page goes.
 */
export function followSelection(roundCode: string, onEvent: (event: SelectionEvent) => void) {
  const live = $state({ status: 'connecting' as LiveStatus });
  const source = new EventSource(`/api/rounds/${encodeURIComponent(roundCode)}/region-selection/events`);
  source.addEventListener('open', () => (live.status = 'live'));
  source.addEventListener('error', () => {
    // CONNECTING: the browser retries by itself; CLOSED: it gave up (the round went away)
    live.status = source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting';
  });
  source.addEventListener('selection', (message) => {
    live.status = 'live';
    onEvent(JSON.parse((message as MessageEvent<string>).data) as SelectionEvent);
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
