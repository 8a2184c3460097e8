import { createRoute, z } from '@hono/zod-openapi';
import { formatShanghai } from '@jicai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { readRoundClock } from '../db/db-clock.js';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { streamVersionedEvents } from '../http/versioned-events.js';
import { RegionSelection, RoundIdParam } from './award.schema.js';
import { readRegionSelectionVersion } from './region-selection.repository.js';
import { selectionView } from './region-selection.service.js';
import { watchRegionSelection } from './region-selection-watch.js';

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
    return streamVersionedEvents(c, first, {
      event: 'selection',
      readVersion: async () => (await readRegionSelectionVersion(db, roundId)) ?? '',
      read: () => snapshot(db, roundId),
      watch: (onChange) => watchRegionSelection(db, roundId, onChange, bus),
    });
  },
);
