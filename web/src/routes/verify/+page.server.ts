import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// The form is a GET: a typed code opens its own page, which can be bookmarked like a scanned one.
export const load: PageServerLoad = ({ url }) => {
  const code = url.searchParams.get('code')?.trim();
  if (code) redirect(303, `/verify/${encodeURIComponent(code)}`);
  return {};
};
