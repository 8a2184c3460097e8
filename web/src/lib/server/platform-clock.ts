import type { Api } from './api';

// The database clock, read once every few seconds and carried forward on this process's monotonic
// clock: every page shows the server time without a database round trip of its own.
const REREAD_MS = 5_000;
let anchor: { dbMs: number; at: number } | null = null;
let reading: Promise<void> | null = null;

async function read(client: Api) {
  const { data } = await client.GET('/clock');
  if (data) anchor = { dbMs: Date.parse(data.now), at: performance.now() };
}

/** The platform's (database) time now, as an ISO string. */
export async function platformNow(client: Api): Promise<string> {
  if (!anchor || performance.now() - anchor.at > REREAD_MS) {
    reading ??= read(client).finally(() => (reading = null));
    await reading;
  }
  const ms = anchor ? anchor.dbMs + (performance.now() - anchor.at) : Date.now();
  return new Date(ms).toISOString();
}
