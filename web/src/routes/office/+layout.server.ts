import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requireOfficeAdmin(event);
};
