import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { countdownTarget, nextDeadline } from '$lib/office/round-steps';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data } = await client.GET('/rounds', { params: { query: { limit: 100 } } });
  if (!data) error(502, { message: m.office_unavailable() });
  const { serverNow } = await event.parent();
  const clocks = await Promise.all(
    data.items.map((r) => client.GET('/rounds/{roundId}/clock', { params: { path: { roundId: r.id } } })),
  );
  return {
    rounds: data.items.map((r, i) => {
      const clock = clocks[i]?.data;
      const deadline = nextDeadline(r.state, r.calendar);
      return {
        code: r.code,
        name: r.name,
        state: r.state,
        deadline,
        rehearsal: clock?.rehearsal != null,
        // the countdown runs on the platform clock: a rehearsal round's deadline, moved onto it
        countdownUntil:
          deadline && clock
            ? countdownTarget(deadline.at, clock.now, serverNow, Number(clock.rehearsal?.speed ?? 1))
            : null,
      };
    }),
  };
};
