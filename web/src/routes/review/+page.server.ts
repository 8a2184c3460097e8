import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireRegionBureau } from '$lib/server/region-review';
import type { PageServerLoad } from './$types';

/** 报量审核: the rounds with reports from my region, with how many wait, passed, went back. */
export const load: PageServerLoad = async (event) => {
  const actor = requireRegionBureau(event);
  const { data } = await api(event).GET('/demand-review/rounds');
  if (!data) error(502, m.error_body());
  const { data: execution } = await api(event).GET('/execution/rounds');
  return { rounds: data.items, regionCode: actor.regionCode, executionRounds: execution?.items ?? [] };
};
