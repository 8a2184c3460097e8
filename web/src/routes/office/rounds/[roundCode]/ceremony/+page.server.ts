import { error, fail } from '@sveltejs/kit';
import { isBeforeBidding, type RoundState } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import { checkCeremony } from '$lib/office/ceremony-check';
import type { Actions, PageServerLoad } from './$types';

/**
 * 开标密钥仪式: the office chooses n of its officials as custodians and k, the shares opening needs;
 * then the page follows the ceremony: which custodians took their share, and at opening, k of n in.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { params: { path: { roundId: round.id } } };
  const office = event.locals.actor?.organisationId ?? '';
  const [ceremony, opening, users] = await Promise.all([
    client.GET('/rounds/{roundId}/key-ceremony', path),
    // nothing about the opening exists before bidding closed (404): the page then shows no count
    client.GET('/rounds/{roundId}/opening', path),
    client.GET('/organisations/{id}/users', { params: { path: { id: office }, query: { limit: 500 } } }),
  ]);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    canHold: !ceremony.data && isBeforeBidding(round.state as RoundState),
    ceremony: ceremony.data ?? null,
    opening: opening.data ?? null,
    officials: (users.data?.items ?? [])
      .filter((u) => u.roles.includes('office-official') && !u.disabled)
      .map((u) => ({ id: u.id, login: u.login, displayName: u.displayName })),
  };
};

/** The form's own refusals in the visitor's words. */
function ceremonyMessages(problems: ReturnType<typeof checkCeremony>, n: number): Record<string, string> {
  const fields: Record<string, string> = {};
  if (problems.officials) fields.officials = m.ceremony_officials_too_few();
  if (problems.k === 'not-a-number') fields.k = m.ceremony_k_invalid();
  if (problems.k === 'below-2') fields.k = m.ceremony_k_too_small();
  if (problems.k === 'above-n') fields.k = m.ceremony_k_above_n({ n: String(n) });
  return fields;
}

export const actions: Actions = {
  /** Hold the ceremony: the round's key pair is made, split k of n, and the private key discarded. */
  hold: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const officials = form.getAll('officials').map(String);
    const k = String(form.get('k') ?? '').trim();
    const values = { k, officials };
    const fields = ceremonyMessages(checkCeremony(k, officials.length), officials.length);
    if (Object.keys(fields).length) return fail(400, { values, fields, message: null as string | null });
    const { error: problem, response } = await api(event).POST('/rounds/{roundId}/key-ceremony', {
      params: { path: { roundId: event.params.roundCode } },
      body: { k: Number.parseInt(k, 10), officialUserIds: officials },
    });
    if (problem !== undefined) {
      const p = readProblem(problem, m.ceremony_failed());
      const renamed = Object.fromEntries(
        Object.entries(p.fields).map(([name, text]) => [
          /^\d+$|officialUserIds/.test(name) ? 'officials' : name,
          text,
        ]),
      );
      return fail(response.status, { values, fields: renamed, message: p.message });
    }
    return { done: true };
  },
};
