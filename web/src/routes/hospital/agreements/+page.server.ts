import { loadMyAgreements, signAgreementAction } from '$lib/server/agreement-signing';
import { requireHospital } from '$lib/server/hospital';
import type { Actions, PageServerLoad } from './$types';

/** 购销协议: the hospital's agreements with the winning companies, their status, and signing them. */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  return loadMyAgreements(event);
};

export const actions: Actions = {
  sign: async (event) => {
    requireHospital(event);
    return signAgreementAction(event);
  },
};
