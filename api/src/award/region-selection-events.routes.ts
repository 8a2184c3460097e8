import { createRoute, z } from '@hono/zod-openapi';
import { formatShanghai } from '@jicai/domain';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { readRoundClock } from '../db/db-clock.js';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { RegionSelection, RoundIdParam } from './award.schema.js';
import { readRegionSelectionVersion } from './region-selection.repository.js';
import { selectionView } from './region-selection.service.js';
import { watchRegionSelection } from './region-selection-watch.js';

/** A comment line this often keeps proxies and the browser from dropping an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How soon a browser's EventSource comes back after the stream broke. */
const RETRY_MS = 2_000;

const RegionSelectionEvent = z
  .object({
    selection: RegionSelection,
    roundNow: z.string().openapi({ description: 'the round’s clock when the event was sent' }),
    speed: z
      .string()
      .nullable()
      .openapi({ description: 'a rehearsal clock’s speed (deadlines come that much sooner), else null' }),
  })
  .openapi('RegionSelectionEvent');

/** The selection as it stands, with the version it was read at (the event id). */
async function snapshot(db: Kysely<Database>, roundId: string) {
  const version = (await readRegionSelectionVersion(db, roundId)) ?? '';
  const [selection, clock] = await Promise.all([selectionView(db, roundId), readRoundClock(db, roundId)]);
  return { version, data: { selection, roundNow: formatShanghai(clock.now), speed: clock.speed } };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

const send = (stream: SSEStreamingApi, s: Snapshot, retry?: number) =>
  stream.writeSSE({ event: 'selection', id: s.version, data: JSON.stringify(s.data), retry });

/** The region-selection room's live feed (docs/rules.md §11.1). */
export const regionSelectionEventsRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{roundId}/region-selection/events',
    operationId: 'streamRegionSelection',
    security: [],
    tags: ['region-selection'],
    summary: 'The region selection as it changes (server-sent events)',
    description:
      'A `selection` event with the whole state at once, then one whenever it changes: a pick, a turn ' +
      'timed out and its default pick, selection finished, a rehearsal clock set. Each event’s id is the ' +
      'state’s version; a reconnecting EventSource (Last-Event-ID) gets the current state again. A ' +
      'comment line every 15 s keeps the stream open. Visible to whoever may read the selection.',
    request: { params: RoundIdParam },
    responses: {
      200: {
        description: 'each event’s data is a RegionSelectionEvent (JSON)',
        content: { 'text/event-stream': { schema: RegionSelectionEvent } },
      },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    const { db, bus } = c.var.deps;
    const { roundId } = c.req.valid('param');
    // before the stream starts, so a round nobody may see answers 404 as problem+json
    const first = await snapshot(db, roundId);
    return streamSSE(c, async (stream) => {
      let sent = first.version;
      let queue = Promise.resolve();
      const check = () => {
        queue = queue.then(async () => {
          if (stream.aborted || stream.closed) return;
          if ((await readRegionSelectionVersion(db, roundId)) === sent) return;
          const next = await snapshot(db, roundId);
          sent = next.version;
          await send(stream, next);
        });
        // a failed read ends the stream: the browser reconnects and gets the state afresh
        queue.catch(() => stream.abort());
      };
      const stop = watchRegionSelection(db, roundId, check, bus);
      stream.onAbort(stop);
      try {
        await send(stream, first, RETRY_MS);
        check(); // a change between the first read and the watch
        while (!stream.aborted && !stream.closed) {
          await stream.sleep(HEARTBEAT_MS);
          if (!stream.aborted && !stream.closed) await stream.write(': heartbeat\n\n');
        }
      } finally {
        stop();
      }
    });
  },
);
