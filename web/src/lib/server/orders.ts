import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';
import { readProblem } from './problem';

type Client = ReturnType<typeof api>;

/** Rounds in their purchasing cycle (volumes agreed): where orders are placed and filled. */
export async function executionRounds(client: Client) {
  const { data } = await client.GET('/rounds', { params: { query: { limit: 100 } } });
  return (data?.items ?? [])
    .filter((r) => r.state === 'volumes-agreed')
    .map((r) => ({ id: r.id, code: r.code, name: r.name }));
}

/** The round named by `?round=` (its code), else the newest in its cycle. */
export function pickRound<R extends { code: string }>(rounds: readonly R[], url: URL): R | null {
  const asked = url.searchParams.get('round');
  return rounds.find((r) => r.code === asked) ?? rounds[0] ?? null;
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
/** A whole number typed in a form; NaN (refused by the API with its own message) when not one. */
export const count = (form: FormData, name: string, fallback?: number) => {
  const raw = text(form, name);
  if (raw === '' && fallback !== undefined) return fallback;
  return /^[0-9]{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
};

/**
 * Calls the API for a form; a refusal comes back as `fail(status, { form, subject, message, fields })`
 * for the page to show next to the form it came from, success as a redirect to the same page (so a
 * reload does not send the form again).
 */
export async function submit(
  event: RequestEvent,
  form: string,
  subject: string,
  call: () => Promise<{ error?: unknown; response: Response }>,
) {
  const { error, response } = await call();
  if (error !== undefined || !response.ok) {
    const problem = readProblem(error, m.orders_failed());
    return fail(response.status >= 400 && response.status < 500 ? response.status : 400, {
      form,
      subject,
      message: problem.message,
      fields: problem.fields,
    });
  }
  redirect(303, samePage(event.url));
}

/** The page a form was sent from, without the action's own `/name` parameter. */
export function samePage(url: URL): string {
  const query = new URLSearchParams([...url.searchParams].filter(([name]) => !name.startsWith('/')));
  const search = query.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
