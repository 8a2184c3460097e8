import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { myCeremony, requireOfficial } from '$lib/server/custodian';
import { readProblem } from '$lib/server/problem';
import { roundByCode } from '$lib/server/public-round';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function custodianRound(event: RequestEvent) {
  const actor = requireOfficial(event);
  const round = await roundByCode(event, event.params.roundCode);
  const client = api(event);
  const held = await myCeremony(client, round.id, actor.userId);
  if (!held) error(404, { message: m.error_not_found_body() });
  return { round, client, ...held };
}

/** The shown share must stay in no cache: the page (also a form's answer) and an enhanced form's JSON. */
const NO_STORE = { 'cache-control': 'private, no-store' };

export const load: PageServerLoad = async (event) => {
  event.setHeaders(NO_STORE);
  const { round, client, ceremony, mine } = await custodianRound(event);
  // 404 until bidding has closed: before, nothing about the opening is shown
  const { data: opening } = await client.GET('/rounds/{roundId}/opening', {
    params: { path: { roundId: round.id } },
  });
  return {
    round,
    k: ceremony.k,
    n: ceremony.n,
    roundKeyId: ceremony.roundKeyId,
    fetched: mine.fetched,
    shareIndex: mine.shareIndex,
    opening: opening ?? null,
  };
};

type Fields = Record<string, string>;

export const actions: Actions = {
  /** Takes the share once: the answer is the only time it is shown (the platform deletes its copy). */
  take: async (event) => {
    const form = await event.request.formData();
    if (form.get('confirm') !== 'yes')
      return fail(400, {
        take: { fields: { confirm: m.custodian_take_confirm_missing() } as Fields, message: null },
      });
    const { round, client } = await custodianRound(event);
    const {
      data,
      error: problem,
      response,
    } = await client.POST('/rounds/{roundId}/key-ceremony/my-share', {
      params: { path: { roundId: round.id } },
      body: { confirm: true },
    });
    if (!data) {
      const p = readProblem(problem, m.custodian_failed());
      return fail(response.status, { take: { fields: p.fields, message: p.message } });
    }
    // a form without JavaScript answers with the page (its load sets the header); an enhanced one with JSON
    if (event.request.headers.get('x-sveltekit-action') === 'true') event.setHeaders(NO_STORE);
    return { share: data };
  },

  /** Hands the share in at the opening; the k-th share opens the bids. */
  handIn: async (event) => {
    const form = await event.request.formData();
    const share = String(form.get('share') ?? '').trim();
    if (!share)
      return fail(400, {
        handIn: { fields: { share: m.custodian_hand_in_missing() } as Fields, message: null },
      });
    const { round, client } = await custodianRound(event);
    const {
      data,
      error: problem,
      response,
    } = await client.POST('/rounds/{roundId}/opening/shares', {
      params: { path: { roundId: round.id } },
      body: { share },
    });
    if (!data) {
      const p = readProblem(problem, m.custodian_failed());
      // the share is the only field: a refusal about it (not the issued share, already handed in) goes next to it
      const fields: Fields = { share: p.fields.share ?? p.message };
      return fail(response.status, { handIn: { fields, message: null } });
    }
    return { handedIn: { status: data.status, k: data.k, opened: data.opened } };
  },
};
