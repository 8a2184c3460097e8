import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { reached } from '$lib/public/round-phase';
import { api } from './api';
import { readProblem } from './problem';

/** agreements per page (a company may have one with every hospital of the country) */
const PAGE_SIZE = 20;

const statusOf = (value: string | null): AgreementStatus | undefined =>
  (AGREEMENT_STATUSES as readonly string[]).includes(value ?? '') ? (value as AgreementStatus) : undefined;

/**
 * 购销协议 of the signed-in party (a hospital's or a company's: the API scopes the list): the rounds
 * in which it has agreements, newest first, one of them chosen by ?round=, its agreements filtered
 * by ?status= and paged by ?cursor= on the server.
 */
export async function loadMyAgreements(event: RequestEvent) {
  const client = api(event);
  const { data: rounds } = await client.GET('/rounds', { params: { query: { limit: 100 } } });
  if (!rounds) error(502, m.error_body());
  const agreed = rounds.items.filter((r) => r.state !== 'cancelled' && reached(r.state, 'volumes-agreed'));
  const withMine = await Promise.all(
    agreed.map(async (r) => {
      const { data } = await client.GET('/rounds/{roundId}/agreements', {
        params: { path: { roundId: r.id }, query: { limit: 1 } },
      });
      return data && data.items.length > 0 ? { id: r.id, code: r.code, name: r.name } : null;
    }),
  );
  const mine = withMine.filter((r) => r !== null);
  const params = event.url.searchParams;
  const round = mine.find((r) => r.code === params.get('round')?.toUpperCase()) ?? mine[0] ?? null;
  const status = statusOf(params.get('status'));
  const cursor = params.get('cursor') ?? undefined;
  if (!round) return { rounds: mine, round: null, status: status ?? null, agreements: [], nextCursor: null };
  const { data } = await client.GET('/rounds/{roundId}/agreements', {
    params: {
      path: { roundId: round.id },
      query: { limit: PAGE_SIZE, ...(status && { status }), ...(cursor && { cursor }) },
    },
  });
  if (!data) error(502, m.error_body());
  return {
    rounds: mine,
    round,
    status: status ?? null,
    agreements: data.items,
    nextCursor: data.nextCursor,
    signed: params.get('signed'),
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The sign form's action: the party's user types the password again and sends the terms hash the
 * page showed. Signed → back to the list (a redirect, so a reload never signs twice); refused →
 * the API's problem next to the field of that agreement's form.
 */
export async function signAgreementAction(event: RequestEvent) {
  const form = await event.request.formData();
  const agreementId = text(form, 'agreementId');
  const roundId = text(form, 'roundId');
  const password = String(form.get('password') ?? '');
  if (password === '')
    return fail(400, { agreementId, message: null, fields: { password: m.signing_password_missing() } });
  const { response, error: problem } = await api(event).POST(
    '/rounds/{roundId}/agreements/{agreementId}/sign',
    {
      params: { path: { roundId, agreementId } },
      body: { password, termsSha256: text(form, 'termsSha256') },
    },
  );
  if (!response.ok) {
    const read = readProblem(problem, m.error_body());
    return fail(response.status === 404 ? 404 : 400, {
      agreementId,
      message: read.message,
      fields: read.fields,
    });
  }
  const back = new URLSearchParams({ round: text(form, 'roundCode'), signed: agreementId });
  redirect(303, `${event.url.pathname}?${back.toString()}`);
}
