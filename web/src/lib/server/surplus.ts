import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';
import { readProblem } from './problem';

const PAGE = 50;
const GRADES = ['A', 'B', 'C', 'D'] as const;

/** One page of the round's surplus (the API's keyset cursor), filtered by region on the server. */
export async function loadSurplusPage(event: RequestEvent, roundId: string) {
  const params = event.url.searchParams;
  const regionCode = params.get('regionCode') || undefined;
  const cursor = params.get('cursor') || undefined;
  const { data } = await api(event).GET('/rounds/{roundId}/surplus', {
    params: {
      path: { roundId },
      query: { limit: PAGE, ...(regionCode && { regionCode }), ...(cursor && { cursor }) },
    },
  });
  const next = new URLSearchParams();
  if (regionCode) next.set('regionCode', regionCode);
  const first = `?${next}`;
  if (data?.nextCursor) next.set('cursor', data.nextCursor);
  return {
    items: data?.items ?? [],
    regionCode: regionCode ?? '',
    paged: cursor !== undefined,
    nextHref: data?.nextCursor ? `?${next}` : null,
    firstHref: first,
    saved: params.get('saved'),
  };
}

/**
 * 考核等级: grades one institution, then back to the page as it was (its filter and page), naming
 * who was graded; a refusal is shown on that institution's row.
 */
export async function gradeAction(event: RequestEvent, roundId: string) {
  const form = await event.request.formData();
  const hospitalId = String(form.get('hospitalId') ?? '');
  const hospitalName = String(form.get('hospitalName') ?? '');
  const grade = String(form.get('grade') ?? '');
  if (!(GRADES as readonly string[]).includes(grade))
    return fail(400, { grading: { hospitalId, message: m.surplus_grade_missing() } });
  const answer = await api(event).PUT('/rounds/{roundId}/surplus/{hospitalId}/grade', {
    params: { path: { roundId, hospitalId } },
    body: { grade: grade as (typeof GRADES)[number] },
  });
  if (!answer.data) {
    const problem = readProblem(answer.error, m.error_body());
    return fail(answer.response.status, {
      grading: { hospitalId, message: problem.fields.grade ?? problem.message },
    });
  }
  const asked = String(form.get('back') ?? '');
  const back = new URLSearchParams(asked.startsWith('?') ? asked.slice(1) : '');
  for (const k of [...back.keys()]) if (k.startsWith('/')) back.delete(k);
  back.set('saved', hospitalName);
  redirect(303, `${event.url.pathname}?${back}`);
}
