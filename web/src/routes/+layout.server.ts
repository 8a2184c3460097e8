import { api } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { data: clock } = await api(event).GET('/clock');
  return {
    actor: event.locals.actor,
    // the database clock: countdowns run on it, not on the visitor's clock
    serverNow: clock?.now ?? new Date().toISOString(),
  };
};
