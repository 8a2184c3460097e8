import { createRoute } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { wholeList } from '../http/list.js';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { streamVersionedEvents } from '../http/versioned-events.js';
import { CHANNELS } from '../node-bus/channels.js';
import { watchChanges } from '../node-bus/change-watch.js';
import { readNoticesVersion } from './outages.repository.js';
import { NoticeList } from './outages.schema.js';
import { listNotices } from './outages.service.js';

/** Without a node bus (an app built by a test), how often the notices' version is read. */
const POLL_MS = 2_000;
/** With one, a slow read all the same. */
const SAFETY_POLL_MS = 60_000;

/** The notices as GET /notices answers them, with the version they were read at (the event id). */
async function snapshot(db: Kysely<Database>) {
  const version = await readNoticesVersion(db);
  return { version, data: wholeList(await listNotices(db)) };
}

/** The public notices page's live feed: a notice published on any node reaches every browser. */
export const noticeEventsRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/notices/events',
    operationId: 'streamNotices',
    security: [],
    tags: ['outages'],
    summary: 'Public notices as they are published (server-sent events, public)',
    description:
      'A `notices` event with the latest notices at once (the same list as GET /notices), then one ' +
      'whenever a notice is published, on whichever node. Each event’s id is the list’s version; a ' +
      'reconnecting EventSource gets the current list again. A comment line every 15 s keeps the ' +
      'stream open.',
    responses: {
      200: {
        description: 'each event’s data is a PublicNoticeList (JSON)',
        content: { 'text/event-stream': { schema: NoticeList } },
      },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    const { db, bus } = c.var.deps;
    const source = { channel: CHANNELS.notice, key: null, readVersion: () => readNoticesVersion(db) };
    return streamVersionedEvents(c, await snapshot(db), {
      event: 'notices',
      readVersion: () => readNoticesVersion(db),
      read: () => snapshot(db),
      watch: (onChange) =>
        watchChanges({ db, bus }, source, { pollMs: POLL_MS, safetyPollMs: SAFETY_POLL_MS }, onChange),
    });
  },
);
