import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { refused } from './refused.server';

type Event = RequestEvent<{ roundCode: string }>;
const roundPath = (event: Event) => ({ path: { roundId: event.params.roundCode } });

export const publishActions = {
  /** Publishing: asked once more, then the API decides (its refusal says why). */
  publish: async (event: Event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    if (form.get('confirmed') !== 'yes')
      return { action: 'publish', values: {}, confirm: true } satisfies SetupResult;
    const answer = await api(event).POST('/rounds/{roundId}/publish', { params: roundPath(event) });
    if (answer.error !== undefined) return refused('publish', answer.error, answer.response.status);
    return {
      action: 'publish',
      values: {},
      done: true,
      message: m.setup_publish_done(),
    } satisfies SetupResult;
  },
};
