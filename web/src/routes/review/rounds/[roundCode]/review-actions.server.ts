import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { readProblem } from '$lib/server/problem';
import { reviewRound } from '$lib/server/region-review';

type Fields = Record<string, string>;

/** Back to the queue as the reviewer saw it (its filters), saying what was done: the POST never renders. */
function backTo(event: RequestEvent, form: FormData, done: Record<string, string>): never {
  const back = String(form.get('back') ?? '');
  const q = new URLSearchParams(back.startsWith('?') ? back.slice(1) : '');
  q.delete('done');
  q.delete('count');
  for (const [k, v] of Object.entries(done)) q.set(k, v);
  redirect(303, `${event.url.pathname}?${q.toString()}`);
}

/** A refusal for one row: 409 is "changed since you opened it", anything else its message by field. */
function refusal(status: number, problem: unknown, reportId: string | null) {
  const p = readProblem(problem, m.review_failed());
  if (p.code === 'CONFLICT') return fail(409, { conflict: { reportId } });
  return fail(status, { decision: { reportId, message: p.message, fields: p.fields as Fields } });
}

async function decide(event: RequestEvent, verdict: 'approve' | 'return') {
  const form = await event.request.formData();
  const reportId = String(form.get('reportId') ?? '');
  const expectedUpdatedAt = String(form.get('updatedAt') ?? '');
  const comment = String(form.get('comment') ?? '').trim();
  if (verdict === 'return' && !comment)
    return fail(400, {
      decision: { reportId, message: null, fields: { comment: m.review_return_reason_missing() } as Fields },
    });
  const { round, client } = await reviewRound(event);
  const params = { path: { roundId: round.id, reportId } };
  const answer =
    verdict === 'approve'
      ? await client.POST('/rounds/{roundId}/demand/{reportId}/approve', {
          params,
          body: { comment: comment || null, expectedUpdatedAt },
        })
      : await client.POST('/rounds/{roundId}/demand/{reportId}/return', {
          params,
          body: { comment, expectedUpdatedAt },
        });
  if (!answer.data) return refusal(answer.response.status, answer.error, reportId);
  backTo(event, form, { done: verdict === 'approve' ? 'approved' : 'returned' });
}

export const reviewActions = {
  approve: (event: RequestEvent) => decide(event, 'approve'),
  return: (event: RequestEvent) => decide(event, 'return'),

  /** The ticked non-outlier rows, approved all or none (the API refuses an outlier or a changed row). */
  bulk: async (event: RequestEvent) => {
    const form = await event.request.formData();
    const reports = form
      .getAll('report')
      .map((v) => String(v).split('|'))
      .filter((parts) => parts.length === 2 && parts[0] && parts[1])
      .map(([id, expectedUpdatedAt]) => ({
        id: id as string,
        expectedUpdatedAt: expectedUpdatedAt as string,
      }));
    if (reports.length === 0) return fail(400, { bulk: { message: m.review_bulk_none() } });
    const { round, client } = await reviewRound(event);
    const answer = await client.POST('/rounds/{roundId}/demand/approve-many', {
      params: { path: { roundId: round.id } },
      body: { reports, comment: null },
    });
    if (!answer.data) {
      const p = readProblem(answer.error, m.review_failed());
      if (p.code === 'CONFLICT') return fail(409, { conflict: { reportId: null } });
      return fail(answer.response.status, { bulk: { message: p.message } });
    }
    backTo(event, form, { done: 'bulk', count: String(answer.data.approved) });
  },
};
