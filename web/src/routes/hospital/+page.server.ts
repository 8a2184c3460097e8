import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import { loadHospitalProgress } from '$lib/server/hospital-progress';
import type { PageServerLoad } from './$types';

/**
 * The hospital's rounds (the API's own list: its region's rounds open for demand and every round it
 * reported in), newest first, each with its state, the demand deadline and its lines counted.
 */
export const load: PageServerLoad = async (event) => {
  const actor = requireHospital(event);
  const { data } = await api(event).GET('/demand/mine/rounds', { params: { query: { limit: 100 } } });
  return {
    rounds: data?.items ?? [],
    execution: await loadHospitalProgress(api(event), actor.organisationId),
  };
};
