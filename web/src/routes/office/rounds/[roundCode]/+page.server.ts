import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { m } from '$lib/paraglide/messages.js';
import { actionsFor, countdownTarget, nextDeadline } from '$lib/office/round-steps';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { officeActions } from './actions.server';
import { importCatalogue } from './catalogue-import.server';
import type { PageServerLoad } from './$types';

const OPENED = [
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
  'region-selection',
  'volumes-agreed',
];
const PROPOSED = ['objection-period', 'awarded', 'region-selection', 'volumes-agreed'];
const SELECTING = ['region-selection', 'volumes-agreed'];

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { params: { path: { roundId: round.id } } };
  const state = round.state;
  const agreed = state === 'volumes-agreed';
  const [clock, ceremony, evaluation, names, objections, selection, technical, generation, agreements] =
    await Promise.all([
      client.GET('/rounds/{roundId}/clock', path),
      client.GET('/rounds/{roundId}/key-ceremony', path),
      OPENED.includes(state) ? client.GET('/rounds/{roundId}/evaluation', path) : null,
      OPENED.includes(state) ? client.GET('/rounds/{roundId}/evaluation/names.json', path) : null,
      PROPOSED.includes(state)
        ? client.GET('/rounds/{roundId}/objections', {
            params: { path: { roundId: round.id }, query: { limit: 500 } },
          })
        : null,
      SELECTING.includes(state) ? client.GET('/rounds/{roundId}/region-selection', path) : null,
      state === 'technical-opened' ? client.GET('/rounds/{roundId}/opening/technical', path) : null,
      agreed ? client.GET('/rounds/{roundId}/agreements/generation', path) : null,
      agreed
        ? client.GET('/rounds/{roundId}/agreements', {
            params: { path: { roundId: round.id }, query: { limit: 20 } },
          })
        : null,
    ]);
  const dual = (round.rulesetFrozen as { dualEnvelope?: boolean } | null)?.dualEnvelope === true;
  const files =
    dual && (state === 'technical-opened' || OPENED.includes(state))
      ? await client.GET('/rounds/{roundId}/technical-files', path)
      : null;
  // the opening console: how many of the k key shares are in (the price phase, or the technical one)
  const opening = ['bidding-closed', 'technical-opened'].includes(state)
    ? ((await client.GET('/rounds/{roundId}/opening', path)).data ?? null)
    : null;
  const { serverNow } = await event.parent();
  const turns = (selection?.data?.entries ?? []).flatMap((e) =>
    e.currentTurn ? [e.currentTurn.deadline] : [],
  );
  const deadline = nextDeadline(state, round.calendar, turns);
  const roundClock = clock.data ?? null;
  const dualEnvelope = (round.rulesetFrozen as { dualEnvelope?: boolean } | null)?.dualEnvelope === true;
  return {
    round: { id: round.id, code: round.code, name: round.name, state, calendar: round.calendar },
    clock: roundClock,
    // the API refuses the rehearsal clock in production (NODE_ENV of this same process): no form there
    rehearsalAllowed: env.NODE_ENV !== 'production',
    deadline,
    countdownUntil:
      deadline && roundClock
        ? countdownTarget(deadline.at, roundClock.now, serverNow, Number(roundClock.rehearsal?.speed ?? 1))
        : null,
    actions: actionsFor(state, dualEnvelope),
    ceremony: ceremony.data ? { k: ceremony.data.k, n: ceremony.data.n } : null,
    opening: opening && { phase: opening.phase, status: opening.status, held: opening.held, k: opening.k },
    evaluation: evaluation?.data ?? null,
    organisations: names?.data?.organisations ?? {},
    objections: objections?.data?.items ?? [],
    selection: selection?.data ?? null,
    technical: technical?.data?.items ?? [],
    /** released (and tampered) technical files, after the technical opening */
    technicalFiles: files?.data?.items ?? null,
    // purchase agreements: the job's progress (null before it was started) and the first page
    agreed,
    generation: generation?.data ?? null,
    agreements: agreements?.data?.items ?? [],
    moreAgreements: agreements?.data?.nextCursor != null,
  };
};

export const actions = { ...officeActions, importCatalogue };
