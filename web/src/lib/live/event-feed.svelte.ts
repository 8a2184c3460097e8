export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

/**
 * A live page's feed: an EventSource on one of the API's streams, each `event` message's JSON handed
 * to `onData`. The browser reconnects by itself (sending the last event id; the API answers the
 * current state); meanwhile `status` says so. Call `close` when the page goes.
 */
export function followEvents<T>(url: string, event: string, onData: (data: T) => void) {
  const live = $state({ status: 'connecting' as LiveStatus });
  const source = new EventSource(url);
  source.addEventListener('open', () => (live.status = 'live'));
  source.addEventListener('error', () => {
    // CONNECTING: the browser retries by itself; CLOSED: it gave up (the stream went away)
    live.status = source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting';
  });
  source.addEventListener(event, (message) => {
    live.status = 'live';
    onData(JSON.parse((message as MessageEvent<string>).data) as T);
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
