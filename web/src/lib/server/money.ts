import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { api } from './api';
import { readProblem } from './problem';

type Client = ReturnType<typeof api>;

/** Rows per page of the money tables (the API pages them; the portal asks for one page at a time). */
export const MONEY_PAGE = 50;

/** The rounds in execution (volumes agreed) the visitor sees, and the one asked for by `?round=` (else the first). */
export async function executionRound(client: Client, wanted: string | null) {
  const { data } = await client.GET('/rounds', { params: { query: { limit: 500 } } });
  if (!data) error(502, { message: m.error_body() });
  const rounds = data.items
    .filter((r) => r.state === 'volumes-agreed')
    .map((r) => ({ id: r.id, code: r.code, name: r.name }));
  const round = rounds.find((r) => r.code === wanted) ?? rounds[0] ?? null;
  return { rounds, round };
}

/** One page of a round's invoices (the API's scope decides whose). */
export async function invoicePage(
  client: Client,
  roundId: string,
  status: 'open' | 'due' | 'overdue' | 'paid' | 'paid-late' | undefined,
  cursor: string | null,
) {
  const { data } = await client.GET('/rounds/{roundId}/invoices', {
    params: { path: { roundId }, query: { limit: MONEY_PAGE, status, ...(cursor && { cursor }) } },
  });
  if (!data) error(502, { message: m.error_body() });
  return data;
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** An API refusal as the form shows it: the message and each field's message, with what was typed. */
export function refusal(
  response: Response,
  body: unknown,
  form: string,
  values: Record<string, string> = {},
) {
  const problem = readProblem(body, m.error_body());
  return fail(response.status >= 500 ? 502 : response.status === 404 ? 404 : 400, {
    form,
    message: problem.message,
    fields: problem.fields,
    values,
  });
}
