import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';

type Event = RequestEvent<{ roundCode: string }>;
const roundPath = (event: Event) => ({ path: { roundId: event.params.roundCode } });

function refused(action: string, error: unknown, status: number, values: Record<string, string> = {}) {
  const problem = readProblem(error, m.office_failed());
  return fail(status, {
    action,
    values,
    fields: problem.fields,
    message: problem.message,
  } satisfies SetupResult);
}

export const catalogueActions = {
  /** A product out of a draft round's catalogue (the API refuses once published). */
  removeProduct: async (event: Event) => {
    requireOfficeAdmin(event);
    const code = String((await event.request.formData()).get('productCode') ?? '');
    const answer = await api(event).DELETE('/rounds/{roundId}/products/{productCode}', {
      params: { path: { ...roundPath(event).path, productCode: code } },
    });
    if (answer.error !== undefined) return refused('removeProduct', answer.error, answer.response.status);
    return {
      action: 'removeProduct',
      values: {},
      done: true,
      message: m.setup_product_deleted({ code }),
    } satisfies SetupResult;
  },

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
