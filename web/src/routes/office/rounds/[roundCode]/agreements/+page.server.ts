import { error } from '@sveltejs/kit';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** 购销协议签署情况: the generation's progress, the agreements counted by status, a page of them by status. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const summary = { id: round.id, code: round.code, name: round.name };
  const path = { roundId: round.id };
  const { data: generation } = await client.GET('/rounds/{roundId}/agreements/generation', {
    params: { path },
  });
  if (!generation)
    return { round: summary, generation: null, counts: null, status: null, agreements: [], nextCursor: null };
  const params = event.url.searchParams;
  const wanted = params.get('status') ?? '';
  const status = (AGREEMENT_STATUSES as readonly string[]).includes(wanted)
    ? (wanted as AgreementStatus)
    : undefined;
  const cursor = params.get('cursor') ?? undefined;
  const [{ data: counts }, { data: list }] = await Promise.all([
    client.GET('/rounds/{roundId}/agreements/status-counts', { params: { path } }),
    client.GET('/rounds/{roundId}/agreements', {
      params: { path, query: { limit: PAGE_SIZE, ...(status && { status }), ...(cursor && { cursor }) } },
    }),
  ]);
  if (!counts || !list) error(502, m.error_body());
  return {
    round: summary,
    generation,
    counts,
    status: status ?? null,
    agreements: list.items.map((a) => ({
      id: a.id,
      hospitalName: a.hospitalName,
      regionName: a.regionName,
      companyName: a.companyName,
      status: a.status,
      awaiting: a.awaiting,
      hospitalSignedAt: a.hospitalSignature?.signedAt ?? null,
      companySignedAt: a.companySignature?.signedAt ?? null,
      issued: a.issuedAt !== null,
    })),
    nextCursor: list.nextCursor,
  };
};
