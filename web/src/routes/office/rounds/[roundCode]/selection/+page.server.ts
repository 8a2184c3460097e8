import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { officeActions } from '../actions.server';
import type { PageServerLoad } from './$types';

/**
 * 地区选择 as the office watches it: the start step once the award is published, then the room
 * itself (turns, countdowns, picks, defaults taken), server-rendered and made live by the stream.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { params: { path: { roundId: round.id } } };
  const started = round.state === 'region-selection' || round.state === 'volumes-agreed';
  const [selection, clock] = await Promise.all([
    started ? client.GET('/rounds/{roundId}/region-selection', path) : null,
    client.GET('/rounds/{roundId}/clock', path),
  ]);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    canStart: round.state === 'awarded',
    selection: selection?.data ?? null,
    roundNow: clock.data?.now ?? null,
    speed: clock.data?.rehearsal?.speed ?? null,
  };
};

export const actions = { startRegionSelection: officeActions.startRegionSelection };
