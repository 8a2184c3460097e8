import { loadMyAgreements, signAgreementAction } from '$lib/server/agreement-signing';
import { requireCompany } from '$lib/server/company';
import type { Actions, PageServerLoad } from './$types';

/** 购销协议: the company’s agreements with the hospitals, their status, and signing them. */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  return loadMyAgreements(event);
};

export const actions: Actions = {
  sign: async (event) => {
    requireCompany(event);
    return signAgreementAction(event);
  },
};
