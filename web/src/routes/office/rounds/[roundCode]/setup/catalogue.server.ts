import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { refused } from './refused.server';

type Event = RequestEvent<{ roundCode: string }>;
const roundPath = (event: Event) => ({ path: { roundId: event.params.roundCode } });

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
};
