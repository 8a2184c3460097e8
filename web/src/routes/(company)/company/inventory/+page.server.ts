import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

/** 库存报告: the company's monthly stock reports per round it supplies, and its own supply figures. */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const client = api(event);
  const { data: rounds } = await client.GET('/execution/rounds');
  const all = rounds?.items ?? [];
  const asked = event.url.searchParams.get('round');
  const round = all.find((r) => r.code === asked) ?? all[0];
  if (!round) return { rounds: all, round: null };
  const path = { roundId: round.roundId };
  const [months, products, supply] = await Promise.all([
    client.GET('/rounds/{roundId}/inventory', { params: { path } }),
    client.GET('/rounds/{roundId}/inventory/products', { params: { path } }),
    client.GET('/rounds/{roundId}/execution/supply-figures', { params: { path } }),
  ]);
  const list = months.data?.items ?? [];
  return {
    rounds: all,
    round,
    months: list,
    products: products.data?.items ?? [],
    supply: supply.data?.items ?? [],
    // the month to report first: the oldest one still unreported, else the latest
    suggested: (list.find((x) => x.status === 'missing') ?? list.at(-1))?.month ?? null,
  };
};

export const actions: Actions = {
  /** Reports the month's stock: one whole number of packs per product (a blank product is left out). */
  report: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const roundId = String(form.get('roundId') ?? '');
    const month = String(form.get('month') ?? '');
    const values: Record<string, string> = {};
    const items: { productId: string; stockPacks: number }[] = [];
    for (const [name, raw] of form.entries()) {
      if (!name.startsWith('stock:')) continue;
      const productId = name.slice('stock:'.length);
      const text = String(raw).trim();
      values[productId] = text;
      if (text === '') continue;
      if (!/^\d{1,10}$/.test(text))
        return fail(400, { values, month, fields: { [productId]: m.exec_stock_whole() }, message: null });
      items.push({ productId, stockPacks: Number(text) });
    }
    const { error: problem } = await api(event).PUT('/rounds/{roundId}/inventory/{month}', {
      params: { path: { roundId, month } },
      body: { items },
    });
    if (problem) {
      const p = readProblem(problem, m.error_body());
      return fail(400, { values, month, fields: p.fields, message: p.message });
    }
    return { reported: month };
  },
};
