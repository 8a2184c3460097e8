import { error, fail } from '@sveltejs/kit';
import { BUILT_IN_RULESET_NAMES } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import {
  cachedOfficeProducts,
  filterProducts,
  officeProducts,
  readResultsFilter,
} from '$lib/server/office-results';
import { priceReductionsSvg } from '$lib/server/price-reductions';
import { readProblem } from '$lib/server/problem';
import { readWhatIfForm } from './what-if-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { params: { path: { roundId: round.id } } };
  // 404 until the bids are opened: nothing of the evaluation exists before, for the office either
  const record = (await client.GET('/rounds/{roundId}/evaluation', path)).data ?? null;
  const filter = readResultsFilter(event.url);
  const products = record
    ? await cachedOfficeProducts(`${round.id}|${record.seq}`, async () => {
        const query = {
          params: { path: { roundId: round.id }, query: { seq: record.seq, view: 'summary' as const } },
        };
        const [result, catalogue] = await Promise.all([
          client.GET('/rounds/{roundId}/evaluation/result', query),
          client.GET('/rounds/{roundId}/products', path),
        ]);
        if (!result.data || !catalogue.data) return null;
        return officeProducts(result.data, catalogue.data.items);
      })
    : [];
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    record: record && {
      seq: record.seq,
      createdAt: record.createdAt,
      ruleset: record.ruleset,
      reason: record.reason,
    },
    filter,
    results: filterProducts(products, filter),
    // every product's deepest winning reduction, whatever the filter shows (drawn once per record)
    reductionsSvg: record
      ? priceReductionsSvg(
          {
            roundId: round.id,
            seq: record.seq,
            products: products.map((p) => ({ productId: p.productId, productName: p.name, bids: p.bids })),
          },
          getLocale(),
        )
      : null,
    rulesets: BUILT_IN_RULESET_NAMES,
  };
};

export const actions: Actions = {
  /** 假设比较: changes nothing, so no confirmation; the answer is shown on the page it came from */
  whatIf: async (event) => {
    requireOfficeAdmin(event);
    const form = readWhatIfForm(await event.request.formData());
    if (!form.ok) return fail(400, { whatIf: null, values: form.values, fields: form.fields, message: null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/rounds/{roundId}/evaluation/what-if', {
      params: { path: { roundId: event.params.roundCode } },
      body: form.body,
    });
    if (!data) {
      const read = readProblem(problem, m.office_failed());
      const zh = getLocale() !== 'en';
      const fields: Record<string, string> = {};
      // the API names a side's problem by its path (a.…, b.…): shown under that side's overrides
      for (const e of (problem as { errors?: { path: string; message: string; messageZh?: string }[] })
        .errors ?? []) {
        const field = e.path.startsWith('b') ? 'bOverrides' : 'aOverrides';
        const text = `${e.path}: ${zh ? (e.messageZh ?? e.message) : e.message}`;
        fields[field] = fields[field] ? `${fields[field]}；${text}` : text;
      }
      return fail(response.status, { whatIf: null, values: form.values, fields, message: read.message });
    }
    return { whatIf: data, values: form.values, fields: {}, message: null };
  },
};
