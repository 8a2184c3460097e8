import { api } from '$lib/server/api';
import { platformNow } from '$lib/server/platform-clock';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({
  actor: event.locals.actor,
  // the database clock: countdowns run on it, not on the visitor's clock
  serverNow: await platformNow(api(event)),
});
