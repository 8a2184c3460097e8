import { requireRegionBureau } from '$lib/server/region-review';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requireRegionBureau(event);
};
