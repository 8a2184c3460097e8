import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { choiceToValues } from '$lib/office/setup/ruleset-form';
import { BASE_NAMES, baseValues } from '$lib/office/setup/ruleset-base.server';
import { setupSteps } from '$lib/office/setup/setup-result';
import { isMonth, monthWeeks } from '$lib/office/setup/working-month';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { importCatalogue } from '../catalogue-import.server';
import { calendarActions } from './calendar.server';
import { rulesetActions } from './ruleset.server';
import { catalogueActions } from './catalogue.server';
import { publishActions } from './publish.server';
import type { PageServerLoad } from './$types';

const BEIJING_MS = 8 * 3600_000;

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const { serverNow } = await event.parent();
  // the month shown: asked for, else the bidding deadline's, else this month (Beijing time)
  const asked = event.url.searchParams.get('month');
  const month = isMonth(asked)
    ? asked
    : (round.calendar?.biddingClosesAt ?? new Date(Date.parse(serverNow) + BEIJING_MS).toISOString()).slice(
        0,
        7,
      );
  const [products, workingDays] = await Promise.all([
    client.GET('/rounds/{roundId}/products', { params: { path: { roundId: round.id } } }),
    client.GET('/calendar/working-days', { params: { query: { year: Number(month.slice(0, 4)) } } }),
  ]);
  const ruleset = choiceToValues(round.ruleset);
  return {
    round: {
      id: round.id,
      code: round.code,
      name: round.name,
      state: round.state,
      rulesetName: round.rulesetName,
      calendar: round.calendar,
      regions: round.regions,
    },
    steps: setupSteps(round),
    products: products.data?.items ?? [],
    rulesets: BASE_NAMES,
    ruleset,
    baseValues: baseValues(ruleset.extends ?? ''),
    month,
    weeks: monthWeeks(month, workingDays.data?.items ?? []),
  };
};

export const actions = {
  importCatalogue,
  ...catalogueActions,
  ...rulesetActions,
  ...calendarActions,
  ...publishActions,
};
