import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/** A comment line this often keeps proxies and the browser from dropping an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How soon a browser's EventSource comes back after the stream broke. */
const RETRY_MS = 2_000;

/** What a live page follows: a state read whole, with the version it was read at (the event id). */
export interface VersionedState {
  readonly version: string;
  readonly data: unknown;
}

export interface VersionedEvents<S extends VersionedState> {
  /** the SSE event name */
  readonly event: string;
  /** the state's version alone (cheap): compared before the state is read again */
  readonly readVersion: () => Promise<string>;
  readonly read: () => Promise<S>;
  /** calls back whenever the state may have changed (a notification, a poll); returns its stop */
  readonly watch: (onChange: () => void) => () => void;
}

/**
 * Server-sent events of a versioned state: `first` at once, then the state again whenever its
 * version moves. Changes are checked one at a time so events leave in order; a failed read ends the
 * stream, and the browser's EventSource reconnects and gets the state afresh. `first` is read by the
 * caller before the stream starts, so a state nobody may see still answers 404 as problem+json.
 */
export function streamVersionedEvents<S extends VersionedState>(c: Context, first: S, o: VersionedEvents<S>) {
  return streamSSE(c, async (stream) => {
    const send = (s: S, retry?: number) =>
      stream.writeSSE({ event: o.event, id: s.version, data: JSON.stringify(s.data), retry });
    let sent = first.version;
    let queue = Promise.resolve();
    const check = () => {
      queue = queue.then(async () => {
        if (stream.aborted || stream.closed) return;
        if ((await o.readVersion()) === sent) return;
        const next = await o.read();
        sent = next.version;
        await send(next);
      });
      queue.catch(() => stream.abort());
    };
    const stop = o.watch(check);
    stream.onAbort(stop);
    try {
      await send(first, RETRY_MS);
      check(); // a change between the first read and the watch
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(HEARTBEAT_MS);
        if (!stream.aborted && !stream.closed) await stream.write(': heartbeat\n\n');
      }
    } finally {
      stop();
    }
  });
}
