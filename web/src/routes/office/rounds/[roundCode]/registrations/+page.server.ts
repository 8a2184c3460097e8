import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;
/** the states in which registrations are taken and reviewed */
const REVIEW_STATES = ['published', 'demand-open', 'demand-closed', 'demand-locked'];
const STATUSES = ['pending', 'approved', 'rejected'] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (s: string | null): s is Status => STATUSES.includes(s as Status);

/**
 * 企业报名审核: the round's registrations a page at a time (filtered by review status on the
 * server), each with its company's facts and verified documents, to approve or reject with a reason.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const status = event.url.searchParams.get('status');
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const { data: page } = await client.GET('/rounds/{roundId}/registrations', {
    params: {
      path: { roundId: round.id },
      query: { limit: PAGE_SIZE, cursor, ...(isStatus(status) ? { reviewStatus: status } : {}) },
    },
  });
  const registrations = page?.items ?? [];
  const companyIds = [...new Set(registrations.map((r) => r.companyId))];
  const companies = await Promise.all(
    companyIds.map(async (companyId) => {
      const [facts, documents] = await Promise.all([
        client.GET('/companies/{companyId}/facts', { params: { path: { companyId } } }),
        client.GET('/company-documents', { params: { query: { companyId, state: 'accepted', limit: 50 } } }),
      ]);
      return [
        companyId,
        {
          facts: facts.data ?? null,
          documents: (documents.data?.items ?? []).map((d) => ({
            id: d.id,
            kindName: d.kindName,
            filename: d.filename,
            sha256: d.sha256,
            registrationId: d.registrationId,
          })),
        },
      ] as const;
    }),
  );
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    // the API takes decisions from publication until bidding opens (the deadline itself it judges)
    reviewOpen: REVIEW_STATES.includes(round.state),
    status: isStatus(status) ? status : '',
    registrations,
    companies: Object.fromEntries(companies),
    nextCursor: page?.nextCursor ?? null,
    firstPage: cursor === undefined,
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** One decision: approve, or reject with the reason the company will read. */
async function decide(event: Parameters<Actions[string]>[0], decision: 'approved' | 'rejected') {
  requireOfficeAdmin(event);
  const form = await event.request.formData();
  const id = text(form, 'registrationId');
  const reason = text(form, 'reason');
  if (decision === 'rejected' && !reason)
    return fail(400, {
      id,
      decision,
      fields: { reason: m.reg_review_reason_missing() },
      message: null,
      reason,
    });
  const { error: problem, response } = await api(event).POST('/rounds/{roundId}/registrations/{id}/review', {
    params: { path: { roundId: event.params.roundCode as string, id } },
    body: decision === 'rejected' ? { decision, reason } : { decision },
  });
  if (problem !== undefined) {
    const p = readProblem(problem, m.reg_review_failed());
    return fail(response.status, { id, decision, fields: p.fields, message: p.message, reason });
  }
  return { id, decision, done: true };
}

export const actions: Actions = {
  approve: (event) => decide(event, 'approved'),
  reject: (event) => decide(event, 'rejected'),
};
