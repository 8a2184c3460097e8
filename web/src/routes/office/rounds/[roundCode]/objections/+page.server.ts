import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { actionsFor } from '$lib/office/round-steps';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { officeActions } from '../actions.server';
import type { PageServerLoad } from './$types';

const FILTERS = ['open', 'answered'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE = 50;

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const asked = event.url.searchParams.get('status') ?? '';
  const status = FILTERS.includes(asked as Filter) ? (asked as Filter) : undefined;
  const cursor = event.url.searchParams.get('cursor') || undefined;
  const path = { params: { path: { roundId: round.id } } };
  // objections exist only once the proposed winners are published; before, the list is empty
  const [objections, names] = await Promise.all([
    client.GET('/rounds/{roundId}/objections', {
      params: { path: { roundId: round.id }, query: { limit: PAGE, cursor, status } },
    }),
    client.GET('/rounds/{roundId}/evaluation/names.json', path),
  ]);
  // a company that objects without having bid is not named by the evaluation: read its name
  const organisations: Record<string, string> = { ...(names.data?.organisations ?? {}) };
  const unnamed = [...new Set((objections.data?.items ?? []).map((o) => o.companyId))].filter(
    (id) => !(id in organisations),
  );
  const found = await Promise.all(
    unnamed.map((id) => client.GET('/organisations/{id}', { params: { path: { id } } })),
  );
  for (const { data } of found) if (data) organisations[data.id] = data.name;
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    status: status ?? '',
    objections: objections.data?.items ?? [],
    nextCursor: objections.data?.nextCursor ?? null,
    organisations,
    products: names.data?.products ?? {},
    actions: actionsFor(round.state, false),
  };
};

export const actions = {
  answerObjection: officeActions.answerObjection,
  publishAward: officeActions.publishAward,
};
