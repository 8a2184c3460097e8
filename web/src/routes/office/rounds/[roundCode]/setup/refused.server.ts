import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { readProblem } from '$lib/server/problem';

/** The API's refusal of a set-up step, as the step shows it: its message, and field messages by field. */
export function refused(action: string, error: unknown, status: number, values: Record<string, string> = {}) {
  const problem = readProblem(error, m.office_failed());
  return fail(status, {
    action,
    values,
    fields: problem.fields,
    message: problem.message,
  } satisfies SetupResult);
}
